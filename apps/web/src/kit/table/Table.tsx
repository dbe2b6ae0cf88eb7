import {
  Box,
  createVarsResolver,
  extractStyleProps,
  getSpacing,
  TableTd,
  useProps,
  useStyles,
  type BoxProps,
  type ElementProps,
  type TableProps,
} from '@mantine/core';
import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';

/**
 * Mantine's Table for the kit's lists: the same elements, classes, data attributes and CSS
 * variables (so Table.layer.css styles it the same), without `Table` itself, whose static
 * `Table.ScrollContainer` brings Mantine's ScrollArea and with it floating-ui into the first load
 * (docs/performance.md). The kit's table scrolls in a native scroller instead.
 * `Table.test.tsx` renders both and compares the markup.
 */
type Options = Pick<TableProps, 'highlightOnHover' | 'verticalSpacing' | 'horizontalSpacing' | 'layout' | 'withRowBorders' | 'withColumnBorders'>;
export type TableRootProps = BoxProps & ElementProps<'table'> & Options & { children?: ReactNode };
type PartProps<E extends keyof React.JSX.IntrinsicElements> = BoxProps & ElementProps<E>;
type Vars = { table: '--table-layout' | '--table-horizontal-spacing' | '--table-vertical-spacing' };
type Payload = { stylesNames: 'table' | 'th' | 'tr' | 'td' | 'thead' | 'tbody'; props: Options; vars: Vars };
type GetStyles = ReturnType<typeof useStyles<Payload>>;
// Box is polymorphic; the parts below pick its element at run time.
const AnyBox = Box as unknown as (props: Record<string, unknown>) => ReactNode;

const classes = TableTd.classes;
const defaultProps: Partial<TableRootProps> = { withRowBorders: true, verticalSpacing: 7 };
const varsResolver = createVarsResolver<Payload>((_theme, { layout, horizontalSpacing, verticalSpacing }) => ({
  table: {
    '--table-layout': layout,
    '--table-horizontal-spacing': getSpacing(horizontalSpacing),
    '--table-vertical-spacing': getSpacing(verticalSpacing),
  },
}));

interface Ctx {
  getStyles: GetStyles;
  highlightOnHover?: boolean;
  withRowBorders?: boolean;
  withColumnBorders?: boolean;
}
const TableContext = createContext<Ctx | null>(null);
const useTable = () => {
  const ctx = useContext(TableContext);
  if (!ctx) throw new Error('a table part outside <Table>');
  return ctx;
};

function Root(input: TableRootProps) {
  const props = useProps('Table', defaultProps, input);
  const { className, style, highlightOnHover, horizontalSpacing: _h, verticalSpacing: _v, layout: _l, withRowBorders, withColumnBorders, ...others } = props;
  const getStyles = useStyles<Payload>({
    name: 'Table',
    props,
    className,
    style,
    classes,
    rootSelector: 'table',
    varsResolver,
    stable: true,
  });
  const ctx = useMemo(() => ({ getStyles, highlightOnHover, withRowBorders, withColumnBorders }), [getStyles, highlightOnHover, withRowBorders, withColumnBorders]);
  return (
    <TableContext.Provider value={ctx}>
      <Box component="table" {...getStyles('table')} {...others} />
    </TableContext.Provider>
  );
}

// Props only Box knows what to do with; a part given none of them is drawn without Box (below).
const BOX_ONLY = new Set(['mod', 'variant', 'size', 'hiddenFrom', 'lightHidden', 'darkHidden', 'renderRoot', '__vars', '__size', 'component']);

function part<E extends 'thead' | 'tbody' | 'tr' | 'th' | 'td'>(element: E) {
  function Part({ className, style, visibleFrom, ...others }: PartProps<E>) {
    const ctx = useTable();
    const data: Record<string, true> = {};
    if ((element === 'td' || element === 'th') && ctx.withColumnBorders) data['data-with-column-border'] = true;
    if (element === 'tr' && ctx.withRowBorders) data['data-with-row-border'] = true;
    if (element === 'tr' && ctx.highlightOnHover) data['data-hover'] = true;
    const styles = ctx.getStyles(element, { className, style });
    // A page of rows is mostly plain cells: Box's style-prop parsing, random class and style merge
    // cost every one of them (a phone's long task); with no style props the markup is the same.
    const { styleProps, rest } = extractStyleProps(others);
    if (Object.keys(styleProps).length > 0 || Object.keys(rest).some((k) => BOX_ONLY.has(k)) || typeof styles.style === 'function' || Array.isArray(styles.style)) {
      return <AnyBox component={element} {...data} {...styles} visibleFrom={visibleFrom} {...others} />;
    }
    const Element = element as 'td';
    return (
      <Element
        style={styles.style as CSSProperties}
        className={visibleFrom ? `${styles.className} mantine-visible-from-${visibleFrom}` : styles.className}
        {...data}
        {...(rest as ElementProps<'td'>)}
      />
    );
  }
  return Part;
}

export const Table = Object.assign(Root, {
  Thead: part('thead'),
  Tbody: part('tbody'),
  Tr: part('tr'),
  Th: part('th'),
  Td: part('td'),
});
