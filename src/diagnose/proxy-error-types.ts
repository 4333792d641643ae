/**
 * The Proxy-Status error types of RFC 9209 §2.3 and what each means, in plain words. Build-side:
 * the diagnose page gets them in its data (data.ts), not in its script.
 * @see https://www.rfc-editor.org/rfc/rfc9209#section-2.3
 */

/** RFC 9209 §2.3 error types, and what each means. */
export const PROXY_ERROR_TYPES: Record<string, { meaning: string }> = {
	dns_timeout: { meaning: 'Looking up the next hop’s address in DNS timed out.' },
	dns_error: { meaning: 'Looking up the next hop’s address in DNS failed.' },
	destination_not_found: { meaning: 'The proxy has no next hop configured for this request.' },
	destination_unavailable: { meaning: 'The proxy considers the next hop down (recent failures, or a failing health check).' },
	destination_ip_prohibited: { meaning: 'The proxy is configured not to connect to the next hop’s address.' },
	destination_ip_unroutable: { meaning: 'The proxy has no route to the next hop’s address.' },
	connection_refused: { meaning: 'The next hop refused the connection.' },
	connection_terminated: { meaning: 'The connection to the next hop closed before the whole response arrived.' },
	connection_timeout: { meaning: 'Opening a connection to the next hop timed out.' },
	connection_read_timeout: { meaning: 'The next hop sent no new data within the proxy’s time limit.' },
	connection_write_timeout: { meaning: 'The proxy could not write to the next hop in time.' },
	connection_limit_reached: { meaning: 'The proxy’s limit of connections to the next hop was reached.' },
	tls_protocol_error: { meaning: 'TLS with the next hop failed, during or after the handshake.' },
	tls_certificate_error: { meaning: 'The next hop’s certificate failed verification.' },
	tls_alert_received: { meaning: 'The next hop sent a TLS alert.' },
	http_request_error: { meaning: 'The proxy answered with a client error (4xx) on the origin’s behalf.' },
	http_request_denied: { meaning: 'The proxy’s own rules refused the request; it was not forwarded.' },
	http_response_incomplete: { meaning: 'The next hop’s response was incomplete.' },
	http_response_header_section_size: { meaning: 'The next hop’s response headers were too large in total.' },
	http_response_header_size: { meaning: 'One response header from the next hop was too large.' },
	http_response_body_size: { meaning: 'The next hop’s response body was too large.' },
	http_response_trailer_section_size: { meaning: 'The next hop’s response trailers were too large in total.' },
	http_response_trailer_size: { meaning: 'One response trailer from the next hop was too large.' },
	http_response_transfer_coding: { meaning: 'The proxy could not decode the response’s transfer coding.' },
	http_response_content_coding: { meaning: 'The proxy could not decode the response’s content coding.' },
	http_response_timeout: { meaning: 'The complete response did not arrive within the proxy’s time limit.' },
	http_upgrade_failed: { meaning: 'An HTTP Upgrade (such as to WebSocket) with the next hop failed.' },
	http_protocol_error: { meaning: 'The next hop broke the HTTP protocol (a generic error).' },
	proxy_internal_response: { meaning: 'The proxy answered by itself without contacting the next hop.' },
	proxy_internal_error: { meaning: 'The proxy had an internal error of its own.' },
	proxy_configuration_error: { meaning: 'The proxy’s configuration is in error.' },
	proxy_loop_detected: { meaning: 'The request looped back to a proxy it had already passed.' },
};
