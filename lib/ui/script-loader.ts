/**
 * The reading pages' page-script loader (report and figures pages; see SiteShell). Their text
 * needs no script; the page script only brings the controls to life. Fetched with `defer`, it
 * shared the network with the HTML and stylesheet and ran before the first paint; this inline
 * loader instead adds it once the page has painted its text, so reading costs what a static
 * page costs and the controls follow a moment later.
 *
 * - Waits for the document to be parsed, then for the first contentful paint (Paint Timing:
 *   Chromium, Firefox, Safari 14.1+), then yields a task and adds the script.
 * - A browser without Paint Timing gets the script as soon as the document is parsed.
 * - If no paint is ever reported (a web view that does not deliver the entry), the script is
 *   added 3 s after the load event anyway.
 * - A control tapped (or pressed with the keyboard) before the script has run is not lost: the
 *   loader remembers the button, adds the script at once instead of waiting, and clicks the
 *   button again when the script has loaded and its controls are live. Several buttons tapped
 *   meanwhile are clicked again in the order of their first tap, each once: a reader who taps
 *   特大 and then 无障碍 gets both, and one who taps 无障碍 twice because nothing happened yet
 *   gets the panel open, not opened and closed again. Only `type=button` buttons, the script's
 *   controls: a submit button already did what it does natively.
 * - Sets nothing and reads no storage; with JavaScript off nothing of this runs and the page is
 *   complete without it.
 *
 * Kept tiny; its hash goes in the CSP like the preload script's (lib/security/inline-scripts.ts
 * accepts it only in exactly this shape, for a page-script URL of the islands' form).
 */

/** URL path of a page-script bundle, as lib/site/islands.ts names it. */
export const PAGE_SCRIPT_SRC = /^\/js\/portal\.[0-9a-f]{12}\.js$/;

/** The loader's script text for the page script at `src` (a path matching PAGE_SCRIPT_SRC). */
export function scriptLoader(src: string): string {
  if (!PAGE_SCRIPT_SRC.test(src)) throw new Error(`not a page-script path: ${src}`);
  return `(function(w,d){var g=0,q=[];function go(){if(g)return;g=1;var s=d.createElement("script");s.src=${JSON.stringify(src)};s.onload=function(){var l=q;q=[];for(var i=0;i<l.length;i++)if(l[i].isConnected)l[i].click()};d.body.appendChild(s)}d.addEventListener("click",function(e){var b=e.target&&e.target.closest?e.target.closest("button[type=button]"):null;if(b&&!d.documentElement.dataset.controls){if(q.indexOf(b)<0)q.push(b);go()}},true);function painted(){try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go)}}).observe({type:"paint",buffered:true});return}}catch(x){}go()}if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",painted);else painted();w.addEventListener("load",function(){setTimeout(go,3000)})})(window,document)`;
}

/** The page-script path a loader text loads, when the text is exactly a loader; otherwise null. */
export function scriptLoaderSrc(text: string): string | null {
  const src = /^\(function\(w,d\)\{var g=0,q=\[\];function go\(\)\{if\(g\)return;g=1;var s=d\.createElement\("script"\);s\.src="([^"]*)"/.exec(text)?.[1];
  return src !== undefined && PAGE_SCRIPT_SRC.test(src) && scriptLoader(src) === text ? src : null;
}
