import React, { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Markdown({ source }) {
  const html = useMemo(() => marked.parse(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}

export function CloseButton({ onClick }) {
  return (
    <button type="button" className="close" aria-label="Close" onClick={onClick}>
      <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: '&times;' }} />
    </button>
  );
}

export function Comment({ comment }) {
  return (
    <article className="comment">
      <header>{comment.author}</header>
      <p>{comment.body}</p>
    </article>
  );
}
