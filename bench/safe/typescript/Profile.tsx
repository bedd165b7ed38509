import DOMPurify from 'dompurify';

interface ProfileProps {
  name: string;
  bioHtml: string;
  website?: string;
}

export function Profile({ name, bioHtml, website }: ProfileProps): JSX.Element {
  const safeWebsite = website && /^https:\/\//.test(website) ? website : undefined;
  return (
    <section className="profile">
      <h2>{name}</h2>
      <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bioHtml) }} />
      {safeWebsite ? (
        <a href={safeWebsite} rel="noopener noreferrer" target="_blank">
          {safeWebsite}
        </a>
      ) : null}
    </section>
  );
}
