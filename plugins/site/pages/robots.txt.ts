import type { APIRoute } from 'astro';
import { robotsTxt } from '../robots.ts';

/** `/robots.txt`: everything may be crawled; the sitemap is named only when `site` makes its URL absolute. */
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
