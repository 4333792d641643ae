import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

/** A free TCP port on loopback. */
const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

const answers = (url: string) => fetch(url).then((r) => r.ok, () => false);

async function until(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
	for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
		if (await condition()) return true;
	}
	return condition();
}

describe('npm start', { timeout: 120_000 }, () => {
	it('serves the site, and stopping npm by its process id stops the server and frees the port', async () => {
		const port = await freePort();
		const url = `http://localhost:${port}/521/`;
		const npm = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
		try {
			expect(await until(() => answers(url), 90_000)).toBe(true);
			npm.kill('SIGTERM');
			expect(await until(async () => !(await answers(url)), 5_000), 'the server still answers after npm was stopped').toBe(true);
		} finally {
			npm.kill('SIGKILL');
		}
	});
});
