/** How a timer's side and effect read in the guides' tables. */
import { timerSideLabels, type PlatformTimer } from '../content/platform-schema';

/** "Answers 504", "Closes the connection; the layer in front answers 502", "Cuts off the response". */
export function effectText(timer: PlatformTimer): { text: string; codes: number[] } {
	const codes = [...new Set(timer.produces.map((p) => p.code))];
	switch (timer.effect) {
		case 'responds':
			return { text: 'Answers', codes };
		case 'closes':
			return { text: codes.length ? 'Closes the connection; the layer in front answers' : 'Closes the connection, with no response', codes };
		case 'truncates':
			return { text: codes.length ? 'Cuts off the response under way; or answers' : 'Cuts off the response under way', codes };
	}
}

export const sideText = (timer: PlatformTimer): string => timerSideLabels[timer.faces].replace(/^towards /, 'Towards ');
