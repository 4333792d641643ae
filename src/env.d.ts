declare namespace App {
	interface Locals {
		/** How many tables this page has rendered so far: each scroll box gets a unique name. */
		tableCount?: number;
	}
}
