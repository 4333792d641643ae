// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * A whole log in a few lines: requests by status and by the layer that logged them, and the
 * failures that repeat most, each with its count and when it was first and last seen. An ALB
 * line with no target status and a -1 processing time is the keep-alive race (the target closed
 * a connection the load balancer was reusing), said as such.
 */
import { LOG_FORMATS, readLogLine, type LogFormat, type LogRecord } from './access-log';
import type { Line } from './input';

export interface Signature {
	platform: string;
	format: LogFormat;
	status: number;
	detail?: string | undefined;
	count: number;
	first?: string | undefined;
	last?: string | undefined;
	/** The paste's line of its first occurrence. */
	line: number;
}

export interface LogSummary {
	/** Lines read as access-log records, and by format (with the format's name). */
	records: number;
	formats: { format: LogFormat; name: string; count: number }[];
	/** Requests by status, most frequent first. */
	byStatus: { status: number; count: number }[];
	/** 5xx responses by the layer whose log it is ('' when the format does not say). */
	failuresByLayer: { platform: string; count: number }[];
	/** The 5xx responses that repeat most, most frequent first. */
	signatures: Signature[];
	/** ALB 5xx lines with no target status: the target closed the connection or never answered. */
	noTargetResponse: number;
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]);

/** The records among the lines, and a summary of them; undefined when fewer than two lines are access-log records. */
export function summarise(lines: readonly Line[]): { summary: LogSummary; records: Map<number, LogRecord> } | undefined {
	const records = new Map<number, LogRecord>();
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]!.text;
		if (text.length < 20) continue;
		const record = readLogLine(text);
		if (record) records.set(i, record);
	}
	if (records.size < 2) return undefined;
	const formats = new Map<LogFormat, number>();
	const statuses = new Map<number, number>();
	const layers = new Map<string, number>();
	const signatures = new Map<string, Signature>();
	let noTargetResponse = 0;
	for (const [i, record] of records) {
		count(formats, record.format);
		count(statuses, record.status);
		if (record.status < 500) continue;
		count(layers, record.platform);
		if (record.format === 'alb' && record.detail?.startsWith('target_status=-')) noTargetResponse++;
		const key = `${record.format} ${record.status} ${record.detail ?? ''}`;
		const seen = signatures.get(key);
		if (seen) {
			seen.count++;
			seen.last = record.time ?? seen.last;
		} else {
			signatures.set(key, { platform: record.platform, format: record.format, status: record.status, detail: record.detail, count: 1, first: record.time, last: record.time, line: lines[i]!.from });
		}
	}
	return {
		records,
		summary: {
			records: records.size,
			formats: sorted(formats).map(([format, n]) => ({ format, name: LOG_FORMATS[format], count: n })),
			byStatus: sorted(statuses).map(([status, n]) => ({ status, count: n })),
			failuresByLayer: sorted(layers).map(([platform, n]) => ({ platform, count: n })),
			signatures: [...signatures.values()].sort((a, b) => b.count - a.count).slice(0, 8),
			noTargetResponse,
		},
	};
}
