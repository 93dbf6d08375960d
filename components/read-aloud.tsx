'use client';

import { useSyncExternalStore } from 'react';
import type { SpeechState } from './speech';
import { getSpeechState, pauseSpeech, resumeSpeech, startSpeech, stopSpeech, subscribeSpeech } from './speech';

const IDLE: SpeechState = { status: 'idle', scope: null };

function useSpeech(): SpeechState {
  return useSyncExternalStore(subscribeSpeech, getSpeechState, () => IDLE);
}

/** Props of ReadAloudControls. */
export interface ReadAloudControlsProps {
  /** Distinguishes the label id when the controls appear twice on a page. */
  idSuffix: string;
}

/**
 * 朗读: read the whole report aloud, with pause/continue and stop. Shown only where the
 * browser has speech synthesis (<html data-speech="on">).
 */
export function ReadAloudControls({ idSuffix }: ReadAloudControlsProps) {
  const speech = useSpeech();
  const labelId = `read-aloud-label-${idSuffix}`;
  const speaking = speech.status !== 'idle';
  return (
    <div className="control-group speech-only" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="control-label">朗读</span>
      <button
        type="button"
        className="chip"
        aria-pressed={speech.scope === 'all'}
        onClick={() => {
          const report = document.querySelector('.report-body');
          if (report) startSpeech([report], 'all');
        }}
      >
        朗读全文
      </button>
      <button
        type="button"
        className="chip"
        disabled={!speaking}
        onClick={() => (speech.status === 'paused' ? resumeSpeech() : pauseSpeech())}
      >
        {speech.status === 'paused' ? '继续' : '暂停'}
      </button>
      <button type="button" className="chip" disabled={!speaking} onClick={stopSpeech}>
        停止
      </button>
    </div>
  );
}

/** Props of ReadSectionButton. */
export interface ReadSectionButtonProps {
  sectionId: string;
  /** The section's heading text, for the accessible name. */
  title: string;
}

/** 朗读本部分: reads one section aloud. */
export function ReadSectionButton({ sectionId, title }: ReadSectionButtonProps) {
  const speech = useSpeech();
  const active = speech.scope === sectionId;
  return (
    <button
      type="button"
      className="chip chip-small speech-only no-print"
      data-pagefind-ignore="all"
      aria-label={`${active ? '停止朗读' : '朗读本部分'}：${title}`}
      onClick={() => {
        if (active) return stopSpeech();
        const section = document.getElementById(sectionId);
        if (section) startSpeech([section], sectionId);
      }}
    >
      {active ? '停止朗读' : '朗读本部分'}
    </button>
  );
}
