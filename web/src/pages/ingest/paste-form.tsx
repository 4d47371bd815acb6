// An article pasted as text, with what the text itself may not say: title, outlet, date.
import { type FormEvent, useState } from 'react';

export interface PastedArticle {
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
}

export function PasteForm({ disabled, onSubmit }: { disabled: boolean; onSubmit: (article: PastedArticle) => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [published, setPublished] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onSubmit({ text, ...(title.trim() ? { title: title.trim() } : {}), ...(outlet.trim() ? { outlet: outlet.trim() } : {}), ...(published ? { published } : {}) });
  };
  return (
    <form className="paste-form" onSubmit={submit}>
      <label className="field">
        <span className="field-label">Article text</span>
        <textarea value={text} onChange={(event) => setText(event.target.value)} rows={10} placeholder="Paste the article here. Relative dates (“on Monday”) are read against the publication date." required />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Title</span>
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Outlet</span>
          <input value={outlet} onChange={(event) => setOutlet(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Published</span>
          <input type="date" value={published} onChange={(event) => setPublished(event.target.value)} />
        </label>
      </div>
      <button type="submit" className="button button-primary" disabled={disabled || !text.trim()}>
        Extract and store
      </button>
    </form>
  );
}
