import DOMPurify from 'dompurify';

interface Props {
  bio: string;
}

export function Bio({ bio }: Props): JSX.Element {
  // ruleid: js-react-dangerous-html
  return <div dangerouslySetInnerHTML={{ __html: bio }} />;
}

export function SafeBio({ bio }: Props): JSX.Element {
  // ok: js-react-dangerous-html
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />;
}
