/**
 * The processes under a process, read from /proc (Linux): for the benchmarks, which count the CPU and
 * memory of everything a run starts (Chromium's renderers, Pagefind's service), not only of the process
 * they wait for. Empty where /proc cannot be read.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeProcess {
	/** pid and start time: a pid reused by a later process is another key. */
	key: string;
	/** The command name (`node`, `pagefind_extended`, `chromium`). */
	name: string;
	/** CPU seconds so far, user and system. */
	cpu: number;
	/** Resident memory now, bytes. */
	rss: number;
}

const ticks = 100; // USER_HZ
const pageBytes = 4096;

/** Every process whose ancestors include `ancestor` (not `ancestor` itself). */
export function processesUnder(ancestor: number): TreeProcess[] {
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return [];
	}
	const stats = new Map<number, TreeProcess & { parent: number }>();
	for (const pid of entries) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			// After `pid (name) `: state ppid … utime (14) stime (15) … starttime (22) vsize rss (24), as stat(5) numbers them.
			const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			stats.set(Number(pid), {
				parent: Number(fields[1]),
				key: `${pid}:${fields[19]}`,
				name,
				cpu: (Number(fields[11]) + Number(fields[12])) / ticks,
				rss: Number(fields[21]) * pageBytes,
			});
		} catch {
			// ended meanwhile
		}
	}
	const under = (pid: number): boolean => {
		for (let at = stats.get(pid)?.parent; at !== undefined && at > 1; at = stats.get(at)?.parent) if (at === ancestor) return true;
		return false;
	};
	return [...stats].filter(([pid]) => under(pid)).map(([, { parent: _parent, ...process }]) => process);
}
