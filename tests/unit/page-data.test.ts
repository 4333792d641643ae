// What the Markdown plugin reads from a page body as data (src/markdown/page-data.ts), run
// through Sätteri as the build runs it: each section's entries (confirm and fix, as text and
// commands), the codes a section compares, and the first command of each component.
import { describe, expect, it } from 'vitest';
import { mdxOutline } from './helpers/markdown';

const body = `
<ForOwners>
The origin refused the connection. Check first, on the origin:

\`\`\`sh
sudo ss -ltnp '( sport = :80 )'   # listeners
\`\`\`
</ForOwners>

## Causes and fixes

### The web server is stopped

It crashed at start-up.

**How to confirm.** Look at the service:

\`\`\`sh
systemctl status nginx
\`\`\`

**How to fix.** Start it:

<Tabs sync="webserver">
<Tab value="nginx">

\`\`\`sh
sudo systemctl start nginx
\`\`\`

</Tab>
<Tab value="apache">

\`\`\`sh
sudo systemctl start apache2
\`\`\`

</Tab>
</Tabs>

- then check the \`error.log\`;
- and the firewall.

**Fix, Enterprise.** Raise the limit.

### A firewall refuses it

**Confirm.**

\`\`\`sh:debian
sudo ufw status
\`\`\`
\`\`\`sh:rhel
sudo firewall-cmd --list-all
\`\`\`

## How it differs from similar codes

| Code | The one fact that tells it apart |
|---|---|
| [522](/522/) | The SYN got no answer. |
| 530 at Shopify | A DNS record did not resolve. See [530](/530/). |
| 429 Too Many Requests | Not a 5xx. |

- **[520](/520/)**: the origin replied with garbage.

### 521 vs 523

| Compared | 521 | 523 |
|---|---|---|
| Route | yes | no |
`;

describe('a page body as data', async () => {
	const outline = await mdxOutline(body);
	const data = outline.data!;
	const causes = data.sections['Causes and fixes']!;

	it('finds the first command of each component, as written', () => {
		expect(data.firstCommands['ForOwners']).toEqual({ lang: 'sh', stack: null, code: "sudo ss -ltnp '( sport = :80 )'   # listeners" });
	});

	it('reads each cause: its id on the page, what happens, how to confirm and how to fix it', () => {
		expect(causes.entries.map((e) => [e.title, e.id])).toEqual([
			['The web server is stopped', 'the-web-server-is-stopped'],
			['A firewall refuses it', 'a-firewall-refuses-it'],
		]);
		const [stopped, firewall] = causes.entries;
		expect(stopped!.summary).toBe('It crashed at start-up.');
		expect(stopped!.confirm).toEqual({ text: 'Look at the service:', commands: [{ lang: 'sh', stack: null, code: 'systemctl status nginx' }] });
		// Every variant of a set of tabs, each with its stack; lists as lines; a second "Fix" lead-in keeps its label.
		expect(stopped!.fix!.commands).toEqual([
			{ lang: 'sh', stack: 'nginx', code: 'sudo systemctl start nginx' },
			{ lang: 'sh', stack: 'apache', code: 'sudo systemctl start apache2' },
		]);
		expect(stopped!.fix!.text).toBe('Start it:\n\n- then check the error.log;\n- and the firewall.\n\nFix, Enterprise. Raise the limit.');
		expect(firewall!.confirm!.commands.map((c) => c.stack)).toEqual(['debian', 'rhel']);
		expect(firewall!.fix).toBeNull();
	});

	it('reads the codes a section compares, with the fact that tells each apart', () => {
		expect(data.sections['How it differs from similar codes']!.codes).toEqual([
			{ code: 522, fact: 'The SYN got no answer.' },
			{ code: 530, fact: 'A DNS record did not resolve. See 530.' },
			{ code: 520, fact: 'the origin replied with garbage.' },
			{ code: 521, fact: null },
			{ code: 523, fact: null },
		]);
	});
});
