import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function Comment({ comment }) {
  // ruleid: js-react-dangerous-html
  return <div className="comment" dangerouslySetInnerHTML={{ __html: comment.body }} />;
}

export function Article({ post }) {
  // ruleid: js-react-dangerous-html
  const content = <div
    className="article-content"
    dangerouslySetInnerHTML={{
      __html: marked(post.markdown),
    }}
  />;
  return <article>{content}</article>;
}

export function Raw({ markup }) {
  // ruleid: js-react-dangerous-html
  return <section dangerouslySetInnerHTML={markup}></section>;
}

export function Rendered({ renderHtml, page }) {
  // ruleid: js-react-dangerous-html
  const a = <div dangerouslySetInnerHTML={renderHtml(page)} />;
  // ruleid: js-react-dangerous-html
  const b = <div dangerouslySetInnerHTML={page.markup}></div>;
  return [a, b];
}

export function Legacy({ html }) {
  // ruleid: js-react-dangerous-html
  return React.createElement('span', { dangerouslySetInnerHTML: { __html: html } });
}

export function Safe({ comment, html }) {
  // ok: js-react-dangerous-html
  const clean = <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;
  // ok: js-react-dangerous-html
  const times = <span dangerouslySetInnerHTML={{ __html: '&times;' }} />;
  // ok: js-react-dangerous-html
  const text = <p className="comment">{html}</p>;
  return [clean, times, text];
}
