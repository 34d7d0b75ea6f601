/** The tool's version, as package.json states it (a test keeps the two equal); written into release records. */
export const TOOL_VERSION = '0.1.0';
