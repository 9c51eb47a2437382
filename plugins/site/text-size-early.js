// Applies the reader's stored text size (plugins/site/text-size.ts) before the first paint. A classic
// script file, render-blocking in <head>: a module or inline script would run late or need a CSP hash.
(function () {
	var script = document.currentScript;
	if (!script) return;
	try {
		var steps = (script.getAttribute('data-steps') || '').split(' ').map(Number);
		var scale = Number(localStorage.getItem(script.getAttribute('data-key') || ''));
		// CSSOM, not a style attribute: allowed by the page's Content-Security-Policy.
		if (scale !== 1 && steps.indexOf(scale) >= 0) document.documentElement.style.setProperty('--text-scale', String(scale));
	} catch (error) {
		// Storage blocked (private mode, disabled cookies): the default size.
	}
})();
