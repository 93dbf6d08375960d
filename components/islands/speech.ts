/**
 * Read-aloud engine: splits report text into sentences (as DOM Ranges, so the page is not
 * changed), speaks them one by one with the browser's speech synthesis, and highlights the
 * sentence being spoken with the CSS Custom Highlight API.
 */

/** What the reader hears now. */
export interface SpeechState {
  status: 'idle' | 'speaking' | 'paused';
  /** Id of the section being read, 'all' for the whole report, null when idle. */
  scope: string | null;
}

/** One sentence of the page and where it is. */
export interface Sentence {
  text: string;
  range: Range;
}

const HIGHLIGHT = 'read-aloud';
const SENTENCE_END = /[。！？；!?;]/;
/** Parts of the page that are controls or navigation, never read aloud. */
const SKIP = '.no-print, .back-to-toc, button, nav, dialog, .speech-only, script, style';

let state: SpeechState = { status: 'idle', scope: null };
let sentences: Sentence[] = [];
let index = 0;
let generation = 0;
const listeners = new Set<() => void>();

function setState(next: SpeechState) {
  state = next;
  for (const listener of listeners) listener();
}

/** Subscribes to state changes (for useSyncExternalStore). */
export function subscribeSpeech(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current state. */
export function getSpeechState(): SpeechState {
  return state;
}

const BLOCKS = 'h2, h3, p, li, td, th';

/** Sentences of one block: text up to each 。！？；, as ranges over its text nodes. */
export function blockSentences(block: Element): Sentence[] {
  const out: Sentence[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let start: { node: Text; offset: number } | null = null;
  let last: { node: Text; offset: number } | null = null;
  let text = '';
  const flush = () => {
    if (start && last && text.trim()) {
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(last.node, last.offset);
      out.push({ text: text.trim(), range });
    }
    start = null;
    text = '';
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const char = node.data[i] ?? '';
      if (!start && /\s/.test(char)) continue;
      start ??= { node, offset: i };
      text += char;
      last = { node, offset: i + 1 };
      if (SENTENCE_END.test(char)) flush();
    }
  }
  flush();
  return out;
}

/** Sentences of the text blocks under `roots`, in reading order, skipping controls. */
export function collectSentences(roots: readonly Element[]): Sentence[] {
  return roots.flatMap((root) =>
    [...root.querySelectorAll(BLOCKS)]
      .filter((block) => !block.closest(SKIP) && !block.querySelector(BLOCKS))
      .flatMap(blockSentences));
}

function highlight(range: Range | null) {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  if (!range) {
    registry.delete(HIGHLIGHT);
    return;
  }
  registry.set(HIGHLIGHT, new HighlightClass(range));
  const box = range.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }
}

function chineseVoice(): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((v) => /^zh(-|_)?(CN|Hans)?/i.test(v.lang));
}

function speakCurrent(run: number) {
  const sentence = sentences[index];
  if (!sentence) {
    stopSpeech();
    return;
  }
  const utterance = new SpeechSynthesisUtterance(sentence.text);
  utterance.lang = 'zh-CN';
  const voice = chineseVoice();
  if (voice) utterance.voice = voice;
  utterance.onstart = () => {
    if (run === generation) highlight(sentence.range);
  };
  utterance.onend = () => {
    if (run !== generation) return;
    index += 1;
    speakCurrent(run);
  };
  speechSynthesis.speak(utterance);
}

/** Reads `roots` aloud from the start; `scope` names what is being read. */
export function startSpeech(roots: readonly Element[], scope: string) {
  speechSynthesis.cancel();
  generation += 1;
  sentences = collectSentences(roots);
  index = 0;
  setState({ status: 'speaking', scope });
  speakCurrent(generation);
}

/** Pauses, keeping the place. */
export function pauseSpeech() {
  if (state.status !== 'speaking') return;
  speechSynthesis.pause();
  setState({ ...state, status: 'paused' });
}

/** Continues after a pause. */
export function resumeSpeech() {
  if (state.status !== 'paused') return;
  speechSynthesis.resume();
  setState({ ...state, status: 'speaking' });
}

/** Stops and clears the highlight. */
export function stopSpeech() {
  generation += 1;
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  highlight(null);
  sentences = [];
  index = 0;
  if (state.status !== 'idle') setState({ status: 'idle', scope: null });
}
