/** The anchor of a timer's row on /timeouts/: `cloudflare-tcp-connect`. */
export function timerAnchor(platform: string, timer: string): string {
	return `${platform}-${timer}`;
}

/** "19 s", "2 min 30 s", "15 min": a duration as people say it. */
export function formatSeconds(seconds: number): string {
	if (seconds < 120 || seconds % 60 !== 0) return `${seconds.toLocaleString('en')} s`;
	const minutes = seconds / 60;
	return minutes < 120 || minutes % 60 !== 0 ? `${minutes.toLocaleString('en')} min` : `${(minutes / 60).toLocaleString('en')} h`;
}
