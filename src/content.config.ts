import { defineCollection } from 'astro:content';
import { reportSchema, reportsLoader } from '../plugins/index.ts';

export const collections = {
	reports: defineCollection({ loader: reportsLoader({ contentDir: 'content' }), schema: reportSchema }),
};
