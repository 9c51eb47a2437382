import type { Figure } from './types.ts';

const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A figure as the English edition writes it (RMB 4.8 billion, 30.7 percent, 37th), for messages. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'range'>): string {
	const ends = figure.range ?? [figure.value];
	const unit = figure.unit;
	const numbers = ends.map((value) => (unit === 'CNY' || unit === 'USD' || unit === 'EUR' ? scaled(value) : plain(value)));
	const number = numbers.join(' to ');
	switch (unit) {
		case 'CNY': return `RMB ${number}`;
		case 'USD': return `USD ${number}`;
		case 'EUR': return `EUR ${number}`;
		case 'percent': return `${number} percent`;
		case 'pp': return `${number} percentage points`;
		case 'mu': return `${number} mu`;
		case 'm2': return `${number} square meters`;
		case 'km2': return `${number} square kilometers`;
		case 'ha': return `${number} hectares`;
		case 'km': return `${number} kilometers`;
		case 'm': return `${number} meters`;
		case 't': return `${number} tons`;
		case 'jin': return `${number} jin`;
		case 'ug/m3': return `${number} micrograms per cubic meter`;
		case 'times': return `${number} times`;
		case 'rank': return ends.map(ordinal).join(' to ');
		case 'year': return ends.map(String).join(' to ');
		case 'month': return ends.map((value) => MONTHS[value - 1] ?? String(value)).join(' to ');
		case 'day': return `day ${number}`;
		case 'years': case 'months': case 'days': case 'hours': return `${number} ${unit}`;
		default: return number;
	}
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function scaled(value: number): string {
	for (const [size, word] of SCALES) {
		if (value >= size) return `${plain(Number((value / size).toPrecision(12)))} ${word}`;
	}
	return plain(value);
}

const plain = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });

function ordinal(value: number): string {
	const tens = value % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th';
	return `${value}${suffix}`;
}
