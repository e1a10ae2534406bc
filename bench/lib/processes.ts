/** n8n processes a benchmark did not spawn itself: found by their environment, and their memory watched. */
import { readFileSync, readdirSync, writeFileSync } from 'fs';

/**
 * The process running the n8n command `command` (start, worker) whose environment has `variable`
 * (`NAME=value`): how a benchmark finds an n8n process that another module spawned.
 */
export function n8nPid(command: string, variable: string): number {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// n8n's task runner, a child with part of the environment, runs another command.
			if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(command)) continue;
			if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(variable)) return Number(entry);
		} catch {
			// Ended while reading, or not ours to read.
		}
	}
	throw new Error(`No n8n ${command} process with ${variable}`);
}

/** Resident memory of a process in MB, polled: the peak while sampling, and VmHWM (since the last reset, when the kernel allows it). */
export class MemoryWatch {
	samples: number[] = [];
	private readonly timer: NodeJS.Timeout;

	constructor(
		private readonly pid: number,
		intervalMs = 100,
	) {
		// Writing 5 to clear_refs resets VmHWM to the current RSS: the peak then covers the attack only, not n8n's start-up.
		try {
			writeFileSync(`/proc/${pid}/clear_refs`, '5');
		} catch {
			// Not permitted: VmHWM then includes start-up, and the polled peak is the figure to read.
		}
		this.samples.push(this.read('VmRSS'));
		this.timer = setInterval(() => this.samples.push(this.read('VmRSS')), intervalMs);
	}

	read(field: 'VmRSS' | 'VmHWM'): number {
		const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
		return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) / 1024;
	}

	stop(): { startMb: number; peakPolledMb: number; hwmMb: number; endMb: number } {
		clearInterval(this.timer);
		return { startMb: this.samples[0], peakPolledMb: Math.max(...this.samples), hwmMb: this.read('VmHWM'), endMb: this.read('VmRSS') };
	}
}
