/**
 * What the build puts in place of Mantine's MantineCssVariables (vite.config.ts): the console's
 * variables are a static stylesheet (theme-vars.css, checked by theme-css.test.tsx), and Mantine's
 * own module computes its default theme's variables when it is evaluated, a long task on a phone
 * even though the provider, told `withCssVariables={false}`, never draws it.
 */
export function MantineCssVariables(): null {
  return null;
}
