// N.B. CLIENT-SIDE CODE (the diagnose page and its worker) and unit-tested: no DOM, no Node APIs.
/**
 * Access-log lines of the formats people paste, read into what a summary needs: which layer wrote
 * the line, when, the status the client got, and the field that says why (the ALB's target status,
 * Envoy's response flags, HAProxy's termination state, CloudFront's result type, Google's
 * statusDetails, Heroku's error code). One regular expression per format, anchored, with no
 * nested repetition: a line is read in time proportional to its length.
 */

export interface LogRecord {
	/** Which format the line is in. */
	format: LogFormat;
	/** The platform page of the layer that writes this format; empty when it could be several. */
	platform: string;
	/** The time as the line writes it. */
	time?: string | undefined;
	status: number;
	/** The field that explains the status, as `name=value` ("target_status=-", "flags=UF,URX"). */
	detail?: string | undefined;
}

export type LogFormat = 'alb' | 'elb-classic' | 'cloudfront' | 'cloudfront-realtime' | 'combined' | 'heroku' | 'envoy' | 'envoy-json' | 'gcp-lb' | 'haproxy' | 'ingress-nginx' | 'caddy-v1';

export const LOG_FORMATS: Record<LogFormat, string> = {
	alb: 'AWS ALB access log',
	'elb-classic': 'AWS Classic Load Balancer access log',
	cloudfront: 'CloudFront standard log',
	'cloudfront-realtime': 'CloudFront real-time log',
	combined: 'nginx or Apache access log (combined format)',
	heroku: 'Heroku router log',
	envoy: 'Envoy or Istio access log',
	'envoy-json': 'Envoy or Istio access log (JSON)',
	'gcp-lb': 'Google Cloud load balancer request log',
	haproxy: 'HAProxy HTTP log',
	'ingress-nginx': 'ingress-nginx access log (upstreaminfo format)',
	'caddy-v1': 'Caddy 1 error log',
};

// type time elb client:port target:port request_time target_time response_time elb_status target_status …
const ALB = /^(?:http|https|h2|grpcs|ws|wss) (\S+) \S+ \S+ \S+ (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (\d{3}|-) (\d{3}|-) /;
// A Classic Load Balancer's: time elb client:port backend:port request_time backend_time response_time elb_status backend_status
// received sent "request" (no type first; a backend that sent nothing reads "-" with times of -1 and a backend status of 0 or -).
// @see https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
const ELB_CLASSIC = /^(\d{4}-\d\d-\d\dT[\d:.]+Z) \S+ \S+:\d+ (\S+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (\d{3}) (\d{3}|-|0) \d+ \d+ "/;
// ingress-nginx's default upstreaminfo: [client - user [time]] "request" status bytes "referer" "agent" request_length request_time
// [upstream] [alternative upstream] upstream_addr … (the start may be cut off in a paste).
// @see https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/
const INGRESS_NGINX = /^(?:\S+ - \S+ \[([^\]]{10,40})\] )?"[^"]{0,8000}" (\d{3}) \d+ "[^"]{0,8000}" "[^"]{0,8000}" \d+ [\d.]+ \[[^\]\s]{0,300}\] \[[^\]\s]{0,300}\] /;
// Caddy 1's errors directive: [time] [ERROR status path] error (the time in the Common Log Format, when the logger adds it).
// @see https://github.com/caddyserver/caddy/blob/1c60df045dc36e93ef71a7e919c57ae1f6d75917/caddyhttp/errors/errors.go (Caddy 1, checked 2026-12-06)
const CADDY_V1 = /^(?:(\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}) )?\[ERROR ([1-5]\d\d) [^\]\s]*\] \S/;
// client - user [time] "request" status bytes
const COMBINED = /^\S+ \S+ \S+ \[([^\]]{10,40})\] "[^"]{0,8000}" (\d{3}) /;
// [time] "METHOD path PROTOCOL" status flags …
const ENVOY = /^\[(\d{4}-\d\d-\d\dT[\d:.]+Z)\] "[^"]{0,8000}" (\d{3}) (\S+)/;
// haproxy[pid]: client:port [accept date] frontend backend/server Tq/Tw/Tc/Tr/Ta status bytes cookie cookie state …
const HAPROXY = /\[(\d\d\/\w{3}\/\d{4}:[\d:.]+)\] \S+ \S+\/\S+ -?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?-?\d+ (\d{3}) \+?\d+ \S+ \S+ (\S{4}) /;
const HEROKU = /\bheroku\[router\]: .*?\b(?:code=(H\d\d)|Error (H\d\d) )/;
const HEROKU_STATUS = /\bstatus=(\d{3})\b/;
const ISO_TIME = /^(\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)/;

function cloudfront(fields: readonly string[]): LogRecord | undefined {
	// Standard logs: date time edge-location bytes ip method host uri status … result-type (14th) … detailed-result-type (29th).
	if (fields.length >= 15 && /^\d{4}-\d\d-\d\d$/.test(fields[0]!) && /^\d{3}$/.test(fields[8]!)) {
		const detailed = fields[28];
		return { format: 'cloudfront', platform: 'aws-cloudfront', time: `${fields[0]} ${fields[1]}`, status: Number(fields[8]), detail: `result=${detailed && detailed !== '-' ? detailed : fields[13]}` };
	}
	// Real-time logs start with an epoch time; their fields are chosen per configuration, so the status and the result type are found by their values.
	if (fields.length >= 5 && /^\d{10}\.\d{3}$/.test(fields[0]!)) {
		const status = fields.find((f, i) => i > 0 && i < 6 && /^[1-5]\d\d$/.test(f));
		if (!status) return undefined;
		const result = fields.find((f) => /^(Error|OriginConnectError|OriginCommError|OriginDnsError|OriginReadTimeout|LambdaExecutionError|LambdaLimitExceeded|LambdaValidationError|FunctionExecutionError|CapacityExceeded|Hit|Miss|RefreshHit|Redirect|LimitExceeded)$/.test(f));
		return { format: 'cloudfront-realtime', platform: 'aws-cloudfront', time: new Date(Number(fields[0]) * 1000).toISOString(), status: Number(status), detail: result ? `result=${result}` : undefined };
	}
	return undefined;
}

function gcp(line: string): LogRecord | undefined {
	if (!line.includes('"httpRequest"') || !line.includes('"status"')) return undefined;
	let entry: { httpRequest?: { status?: number }; jsonPayload?: { statusDetails?: string }; timestamp?: string };
	try {
		entry = JSON.parse(line.slice(line.indexOf('{')));
	} catch {
		return undefined;
	}
	const status = entry.httpRequest?.status;
	if (typeof status !== 'number') return undefined;
	const details = entry.jsonPayload?.statusDetails;
	return { format: 'gcp-lb', platform: 'google-cloud-load-balancer', time: entry.timestamp, status, detail: details ? `statusDetails=${details}` : undefined };
}

function envoyJson(line: string): LogRecord | undefined {
	if (!line.includes('"response_code"')) return undefined;
	const status = /"response_code":\s*"?(\d{3})/.exec(line)?.[1];
	if (!status) return undefined;
	const flags = /"response_flags":\s*"([^"]{0,40})"/.exec(line)?.[1];
	const time = /"start_time":\s*"([^"]{0,40})"/.exec(line)?.[1];
	return { format: 'envoy-json', platform: 'envoy', time, status: Number(status), detail: flags && flags !== '-' ? `flags=${flags}` : undefined };
}

/** The record an access-log line holds, or undefined when it is not one of the known formats. */
export function readLogLine(raw: string): LogRecord | undefined {
	const line = raw.length > 20_000 ? raw.slice(0, 20_000) : raw;
	if (line.includes('\t')) {
		const record = cloudfront(line.split('\t'));
		if (record) return record;
	}
	let m = ALB.exec(line);
	if (m) {
		const [, time, , target, , elb = '', targetStatus] = m;
		if (elb === '-') return undefined;
		const detail = targetStatus === '-' ? (target === '-1' ? 'target_status=- (no response from the target)' : 'target_status=-') : `target_status=${targetStatus}`;
		return { format: 'alb', platform: 'aws-alb', time, status: Number(elb), detail };
	}
	m = ELB_CLASSIC.exec(line);
	if (m) {
		const [, time, backend, , , , elb = '', backendStatus = ''] = m;
		const none = backend === '-' || backendStatus === '-' || backendStatus === '0';
		return { format: 'elb-classic', platform: 'aws-alb', time, status: Number(elb), detail: none ? 'backend_status_code=- (no response from the instance)' : `backend_status_code=${backendStatus}` };
	}
	m = ENVOY.exec(line);
	if (m) return { format: 'envoy', platform: 'envoy', time: m[1], status: Number(m[2]), detail: m[3] && m[3] !== '-' ? `flags=${m[3]}` : undefined };
	m = HAPROXY.exec(line);
	if (m) return { format: 'haproxy', platform: 'haproxy', time: m[1], status: Number(m[2]), detail: `termination=${m[3]}` };
	m = HEROKU.exec(line);
	if (m) {
		const status = Number(HEROKU_STATUS.exec(line)?.[1] ?? 503);
		return { format: 'heroku', platform: 'heroku', time: ISO_TIME.exec(line)?.[1], status, detail: `code=${m[1] ?? m[2]}` };
	}
	m = INGRESS_NGINX.exec(line);
	if (m) return { format: 'ingress-nginx', platform: 'nginx', time: m[1], status: Number(m[2]) };
	m = CADDY_V1.exec(line);
	if (m) return { format: 'caddy-v1', platform: 'caddy', time: m[1], status: Number(m[2]) };
	m = COMBINED.exec(line);
	if (m) return { format: 'combined', platform: '', time: m[1], status: Number(m[2]) };
	return gcp(line) ?? envoyJson(line);
}
