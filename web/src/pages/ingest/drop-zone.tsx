// Files by drag and drop, or chosen with the file dialog.
import { type DragEvent, useRef, useState } from 'react';

export function DropZone({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled && event.dataTransfer.files.length > 0) onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}${disabled ? ' disabled' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="drop-zone-title">Drop articles here</p>
      <p className="muted">Text files (with or without a header), HTML pages, RSS or Atom feeds, PDFs · up to 20 files</p>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        Choose files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Article files"
        accept=".txt,.text,.md,.html,.htm,.xml,.rss,.atom,.pdf,text/plain,text/html,application/xml,application/rss+xml,application/atom+xml,application/pdf"
        onChange={(event) => {
          if (event.target.files && event.target.files.length > 0) onFiles([...event.target.files]);
          event.target.value = '';
        }}
      />
    </div>
  );
}
