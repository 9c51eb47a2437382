import type { APIRoute } from 'astro';
import favicon from '../favicon.svg?raw';

/** `/favicon.svg`: the archive's mark (the header's boxed cross), linked from every page; no external request. */
export const GET: APIRoute = () => new Response(favicon, { headers: { 'Content-Type': 'image/svg+xml' } });
