/**
 * /flowcharts/<flow>.svg: each troubleshooter's chart, drawn at build time (src/wizard/flowchart.ts).
 * The troubleshooter shows it as an image without JavaScript, and draws it in when the reader opens it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../content/site';
import { flowchartOf, flowchartSvg } from '../../wizard/flowchart';
import type { RenderedFlow } from '../../wizard/flow-schema';

export const getStaticPaths = (async () => (await getSite()).flows.map((flow) => ({ params: { id: flow.data.id }, props: { flow: flow.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ flow: RenderedFlow }> = async ({ props }) =>
	new Response(flowchartSvg(await flowchartOf(await getSite(), props.flow)), { headers: { 'content-type': 'image/svg+xml' } });
