/** The documents stored beside a call (`./reglement.pdf`), published at `/appels-a-projets/<id>/reglement.pdf`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadSiteData } from '../../../data/site.ts';
import { documentLocation } from '../../../lib/call-documents.ts';

export const getStaticPaths = (async () => {
  const { calls } = await loadSiteData();
  return calls.flatMap((call) =>
    call.data.documents
      .filter(({ file }) => !file.startsWith('/'))
      .map(({ file }) => ({
        params: { id: call.id, document: basename(file) },
        props: { path: documentLocation(file, resolve(call.filePath ?? ''), resolve('public')) },
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) => new Response(readFileSync(props.path));
