import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the OSV API on 127.0.0.1: POST /v1/querybatch (by purl, ids only, paginated like OSV when a
// package has more than `pageSize` vulnerabilities) and GET /v1/vulns/{id} (the full record). It counts requests.

export interface FakeOsvOptions {
  /** Full OSV records by id. */
  records: { id: string }[];
  /** Which record ids each purl (with version) has. */
  vulnsByPurl: Record<string, string[]>;
  /** Answer every request with this status instead. */
  failWith?: number;
  /** Answer the first N requests with 503 (then normally). */
  failFirst?: number;
  /** Answer every querybatch that asks about this purl with 503 (one failing batch among several). */
  failBatchWith?: string;
  /** The querybatch result for a purl as given, instead of the one vulnsByPurl makes (a malformed answer). */
  resultFor?: Record<string, unknown>;
  /** Never answer (a hung server). */
  hang?: boolean;
  pageSize?: number;
}

export interface FakeOsv {
  url: string;
  requests: { method: string; path: string; queries?: number; purls?: string[] }[];
  close(): Promise<void>;
}

export async function startFakeOsv(o: FakeOsvOptions): Promise<FakeOsv> {
  const byId = new Map(o.records.map((r) => [r.id, r]));
  const requests: FakeOsv['requests'] = [];
  const pageSize = o.pageSize ?? 1000;
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const entry: FakeOsv['requests'][number] = { method: req.method ?? '', path: req.url ?? '' };
    requests.push(entry);
    if (o.hang) return; // leave the socket open; the client's timeout must end it
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (o.failWith) return send(o.failWith, { code: 13, message: 'internal error' });
    if (o.failFirst && requests.length <= o.failFirst) return send(503, { message: 'unavailable' });
    if (req.method === 'POST' && req.url === '/v1/querybatch') {
      const { queries } = JSON.parse(body) as { queries: { package: { purl: string }; page_token?: string }[] };
      entry.queries = queries.length;
      entry.purls = queries.map((q) => q.package.purl);
      if (o.failBatchWith && entry.purls.includes(o.failBatchWith)) return send(503, { message: 'unavailable' });
      if (queries.length > 1000) return send(400, { message: 'too many queries' });
      const results = queries.map((q) => {
        if (o.resultFor && q.package.purl in o.resultFor) return o.resultFor[q.package.purl];
        const ids = o.vulnsByPurl[q.package.purl] ?? [];
        const start = q.page_token ? Number(q.page_token) : 0;
        const page = ids.slice(start, start + pageSize).map((id) => ({ id, modified: '2024-01-01T00:00:00Z' }));
        const next = start + pageSize < ids.length ? { next_page_token: String(start + pageSize) } : {};
        return page.length ? { vulns: page, ...next } : {};
      });
      return send(200, { results });
    }
    const m = /^\/v1\/vulns\/(.+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && m) {
      const record = byId.get(decodeURIComponent(m[1]!));
      return record ? send(200, record) : send(404, { code: 5, message: 'Bug not found.' });
    }
    send(404, { message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
