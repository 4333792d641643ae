import { expect, test } from './fixtures/test';
import { WizardPage } from './fixtures/WizardPage';
import { troubleshooterCodes } from './fixtures/pages';
import { PHONE } from './fixtures/viewports';

test.describe('the 521 troubleshooting wizard', () => {
	test('opens from the first screen of the 521 page on the next question, with a way back', async ({ page, wizard }) => {
		await page.goto('/521/');
		await page.getByRole('link', { name: /find the cause/i }).click();
		// The 521 page already told the reader the code: the wizard skips "what does the page show?".
		await expect(page).toHaveURL(/\/521\/troubleshoot\/\?from=page#who-sees-it$/);
		await expect(wizard.currentStep).toHaveClass(/wizard-step--question/);
		await expect(wizard.progress).toHaveText(/^Step 2 of at most \d+$/);
		await expect(wizard.pathSummary).toContainText('Your answers so far (1)');
		await expect(wizard.pathSoFar.first()).toContainText('Error code 521');
		await wizard.currentStep.getByRole('button', { name: /back/i }).click();
		await expect(wizard.progress).toHaveText(/^Step 1 of at most \d+$/);
	});

	test('reaches three different outcomes by clicking answers', async ({ wizard }) => {
		await wizard.goto();
		const outcomes = await wizard.stepIds('outcome');
		expect(outcomes.length).toBeGreaterThanOrEqual(3);
		for (const outcome of [outcomes[0], outcomes[Math.floor(outcomes.length / 2)], outcomes.at(-1)]) {
			await wizard.goto();
			const route = await wizard.routeTo(outcome!);
			for (const [i, answer] of route.entries()) {
				await expect(wizard.progress).toHaveText(new RegExp(`^Step ${i + 1}\\b`));
				await wizard.choose(answer);
			}
			await wizard.expectAt(outcome!);
			await expect(wizard.progress).toHaveText(`Step ${route.length + 1}: diagnosis`);
			await expect(wizard.pathSoFar).toHaveCount(route.length);
			for (const part of ['Fix', 'Check that it worked', 'Still failing?']) {
				await expect(wizard.currentStep.getByRole('heading', { level: 3, name: part })).toBeVisible();
			}
		}
	});

	test('works with the keyboard alone, moving focus to each new step', async ({ page, wizard }) => {
		await wizard.goto();
		const outcomes = await wizard.stepIds('outcome');
		const route = await wizard.routeTo(outcomes.at(-1)!);
		await page.keyboard.press('Tab'); // skip link: proves Tab order starts at the top
		for (const answer of route) {
			// Tab from the focused heading (or the page start) to the chosen answer.
			const target = wizard.answers.nth(answer);
			for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
				await page.keyboard.press('Tab');
			}
			await expect(target).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(wizard.currentHeading).toBeFocused();
		}
		await wizard.expectAt(outcomes.at(-1)!);
	});

	test('opens a middle step from a link, with a likely way there that is labelled as such', async ({ page, wizard }) => {
		await wizard.goto();
		const questions = await wizard.stepIds('question');
		const deepest = (await Promise.all(questions.map(async (id) => ({ id, route: await wizard.routeTo(id) })))).sort(
			(a, b) => b.route.length - a.route.length
		)[0]!;
		expect(deepest.route.length).toBeGreaterThanOrEqual(2);
		// Walk there by clicking, and note the answers as the page lists them.
		for (const answer of deepest.route) await wizard.choose(answer);
		await wizard.expectAt(deepest.id);
		await expect(wizard.pathSummary).toContainText('Your answers so far');
		const walked = await wizard.pathSoFar.allTextContents();
		// Open the same step from a link in a fresh page: the same way, but not called the reader's answers.
		const fresh = await page.context().newPage();
		const linked = new WizardPage(fresh);
		await linked.goto(deepest.id);
		await linked.expectAt(deepest.id);
		await expect(linked.pathSummary).toContainText('A likely way here');
		expect(await linked.pathSoFar.allTextContents()).toEqual(walked);
		await expect(linked.progress).toHaveText(new RegExp(`^Step ${deepest.route.length + 1} of at most`));
		// Each entry of the path links back to its step.
		await linked.pathSummary.click();
		await linked.pathSoFar.first().getByRole('link').click();
		await expect(linked.pathSoFar).toHaveCount(0);
		await expect(linked.progress).toHaveText(/^Step 1 of/);
		await fresh.close();
	});

	test('records the answer the reader chose when two answers lead to the same step', async ({ page, wizard }) => {
		await wizard.goto();
		// Find a question with two answers that lead to the same step, and the way to it.
		const twin = await page.locator('.wizard-step--question').evaluateAll((steps) => {
			for (const step of steps) {
				const links = [...step.querySelectorAll<HTMLAnchorElement>('a[data-answer]')];
				const seen = new Map<string, number>();
				for (const [i, link] of links.entries()) {
					if (seen.has(link.hash)) return { id: step.id, first: seen.get(link.hash)!, second: i, label: link.textContent ?? '' };
					seen.set(link.hash, i);
				}
			}
			return undefined;
		});
		expect(twin, 'the 521 flow has a question with two answers to the same step').toBeDefined();
		await wizard.walkTo(twin!.id);
		await wizard.expectAt(twin!.id);
		await wizard.choose(twin!.second);
		await expect(wizard.pathSoFar.last()).toContainText(twin!.label.trim());
	});

	test('a malformed step address opens the start with a notice, not a blank page', async ({ wizard, page }) => {
		await wizard.goto('%');
		await expect(page.getByRole('alert')).toContainText('no step');
		await expect(wizard.currentStep).toHaveCount(1);
		await expect(wizard.currentStep.getByRole('list', { name: 'Answers' })).toBeVisible();
	});

	test("the browser's Back and Forward walk the flow", async ({ page, wizard }) => {
		await wizard.goto();
		const first = await wizard.currentStep.getAttribute('id');
		await wizard.choose(0);
		const second = await wizard.currentStep.getAttribute('id');
		expect(second).not.toBe(first);
		await wizard.choose(0);
		await expect(wizard.pathSoFar).toHaveCount(2);
		await page.goBack();
		await wizard.expectAt(second!);
		await expect(wizard.pathSoFar).toHaveCount(1);
		await page.goBack();
		await wizard.expectAt(first!);
		await page.goForward();
		await wizard.expectAt(second!);
		await page.reload();
		await wizard.expectAt(second!);
		await expect(wizard.pathSoFar).toHaveCount(1);
	});

	test('Back and Start over buttons', async ({ wizard }) => {
		await wizard.goto();
		const first = await wizard.currentStep.getAttribute('id');
		await wizard.choose(0);
		const second = await wizard.currentStep.getAttribute('id');
		await wizard.choose(0);
		await wizard.currentStep.getByRole('button', { name: /back/i }).click();
		await wizard.expectAt(second!);
		await wizard.currentStep.getByRole('link', { name: 'Start over' }).click();
		await wizard.expectAt(first!);
		await expect(wizard.pathSoFar).toHaveCount(0);
		await expect(wizard.pathSummary).toBeHidden();
	});

	test("← Back leaves no history entry for the browser's Back to undo, after answers and from a link", async ({ page, wizard }) => {
		await wizard.goto();
		const first = await wizard.currentStep.getAttribute('id');
		await wizard.choose(0);
		const second = await wizard.currentStep.getAttribute('id');
		await wizard.choose(0);
		await wizard.currentStep.getByRole('button', { name: /back/i }).click();
		await wizard.expectAt(second!);
		await page.goBack();
		await wizard.expectAt(first!);

		// A step opened from a link: ← Back replaces it, so the browser's Back leaves the wizard.
		const deep = (await wizard.stepIds('question')).at(-1)!;
		await page.goto('/521/');
		await wizard.goto(deep);
		await wizard.expectAt(deep);
		await wizard.currentStep.getByRole('button', { name: /back/i }).click();
		await expect(wizard.currentStep).not.toHaveAttribute('id', deep);
		await page.goBack();
		await expect(page).toHaveURL(/\/521\/$/);
	});

	test('the flowchart highlights the current step and the path taken', async ({ wizard }) => {
		await wizard.goto();
		const first = (await wizard.currentStep.getAttribute('id'))!;
		await expect(wizard.diagramNode(first)).toHaveClass(/is-current/);
		await wizard.choose(0);
		const second = (await wizard.currentStep.getAttribute('id'))!;
		await expect(wizard.diagramNode(second)).toHaveClass(/is-current/);
		await expect(wizard.diagramNode(first)).toHaveClass(/is-visited/);
		await expect(wizard.diagramNode(first)).not.toHaveClass(/is-current/);
		// Every node is a link to its step.
		await wizard.diagramNode(first).click();
		await wizard.expectAt(first);
	});

	test('on a phone, the flowchart is fetched only when the reader opens it, then drawn in with live links', async ({ page, wizard }) => {
		await page.setViewportSize(PHONE);
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await wizard.goto();
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => path.startsWith('/flowcharts/'))).toEqual([]);
		await page.getByText('The flowchart, drawn').click();
		const first = (await wizard.currentStep.getAttribute('id'))!;
		await expect(wizard.diagramNode(first)).toHaveClass(/is-current/);
		expect(fetched.filter((path) => path.startsWith('/flowcharts/'))).toEqual(['/flowcharts/521.svg']);
		await expect(page.locator('.flow-diagram img')).toHaveCount(0);
	});

	test('an unknown step in the URL opens the start with a notice', async ({ wizard, page }) => {
		await wizard.goto('no-such-step');
		await expect(page.getByRole('alert')).toContainText('no step “no-such-step”');
		await expect(wizard.progress).toHaveText(/^Step 1 of/);
		await expect(wizard.currentStep).toHaveCount(1);
	});
});

test.describe('the 522 troubleshooting wizard', () => {
	test('opens from the 522 page, reaches an outcome and links back', async ({ page }) => {
		const wizard = new WizardPage(page, 522);
		await page.goto('/522/');
		await page.getByRole('link', { name: /find the cause/i }).click();
		await expect(page).toHaveURL(/\/522\/troubleshoot\/$/);
		const outcome = (await wizard.stepIds('outcome'))[0]!;
		await wizard.walkTo(outcome);
		await wizard.expectAt(outcome);
		await expect(page.getByRole('link', { name: 'Read the 522 page' })).toHaveAttribute('href', '/522/');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the flow is still usable from start to an outcome', async ({ wizard }) => {
		await wizard.goto();
		// The outcome furthest from the start: the longest walk through plain links.
		const routes = await Promise.all((await wizard.stepIds('outcome')).map(async (id) => ({ id, route: await wizard.routeTo(id) })));
		const { id: target, route } = routes.sort((a, b) => b.route.length - a.route.length)[0]!;
		expect(route.length).toBeGreaterThanOrEqual(2);
		for (const answer of route) {
			await expect(wizard.currentStep).toHaveCount(1);
			await wizard.choose(answer);
		}
		await wizard.expectAt(target);
		await expect(wizard.currentStep.getByRole('heading', { level: 3, name: 'Fix' })).toBeVisible();
	});

	test('the flowchart shows as an image of its file, drawn', async ({ page, wizard }) => {
		await wizard.goto();
		await page.getByText('The flowchart, drawn').click();
		const image = page.locator('.flow-diagram img');
		await expect(image).toHaveAttribute('src', '/flowcharts/521.svg');
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(1000);
	});
});

test.describe('every troubleshooter', () => {
	test('has one built for each of the codes people hit most', () => {
		expect(troubleshooterCodes()).toEqual(expect.arrayContaining([500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 530]));
	});

	for (const code of troubleshooterCodes()) {
		test(`${code}: reaches its furthest outcome by clicking`, async ({ page }) => {
			// The furthest outcome's route crosses the most steps; the wizard's code is the same
			// for every flow, and the build checks each flow's graph, so one walk per flow proves
			// its steps render and link up in the browser.
			const wizard = new WizardPage(page, code);
			await wizard.goto();
			const routes = await Promise.all((await wizard.stepIds('outcome')).map(async (id) => ({ id, route: await wizard.routeTo(id) })));
			const furthest = routes.sort((a, b) => a.route.length - b.route.length).at(-1)!;
			expect(furthest.route.length).toBeGreaterThanOrEqual(2);
			for (const answer of furthest.route) await wizard.choose(answer);
			await wizard.expectAt(furthest.id);
			await expect(wizard.currentStep.getByRole('heading', { level: 3, name: 'Fix' })).toBeVisible();
		});
	}
});

test.describe('the start, for readers who do not know the code', () => {
	test('is linked from the home page and leads into a code’s troubleshooter past the question already answered', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: "Don't know the code? Start here" }).click();
		const start = new WizardPage(page, 'start');
		await expect(page).toHaveURL(/\/troubleshoot\/$/);
		await start.currentStep.getByRole('link', { name: /Cloudflare/ }).first().click();
		await start.currentStep.getByRole('link', { name: /^\s*521/ }).click();
		await expect(page).toHaveURL(/\/521\/troubleshoot\/#who-sees-it$/);
		const wizard = new WizardPage(page, 521);
		await wizard.expectAt('who-sees-it');
		await expect(wizard.answers.first()).toBeVisible();
	});

	test('says plainly when what the reader sees is not a 5xx', async ({ page }) => {
		const start = new WizardPage(page, 'start');
		await start.goto();
		await start.currentStep.getByRole('link', { name: /^\s*No status/ }).click();
		await start.currentStep.getByRole('link', { name: /name does not resolve/ }).click();
		await start.expectAt('name-not-found');
		await expect(start.currentHeading).not.toContainText(/5\d\d/);
	});
});
