// What other modules may use of the images module (nothing else of its insides).
export { resetChoices } from './images-state';
/** The images list (templates have no page of their own). */
export const imagesPath = (account?: string) => `/images${account ? `?account=${encodeURIComponent(account)}` : ''}`;
