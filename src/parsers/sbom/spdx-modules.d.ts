// Types for spdx-expression-parse, which ships none.
declare module 'spdx-expression-parse' {
  export type SpdxNode =
    { license: string; plus?: boolean; exception?: string } | { conjunction: 'and' | 'or'; left: SpdxNode; right: SpdxNode };
  const parse: (expression: string) => SpdxNode;
  export default parse;
}
