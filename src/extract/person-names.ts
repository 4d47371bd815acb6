// How a person's full name is reduced, shared by the people and coreference stages.

/** The last word of a name, without a generational suffix ("Marcos" for "Ferdinand R. Marcos Jr."). */
export function surname(name: string): string {
  const parts = name.replace(/\s+(Jr|Sr)\.?$/i, '').split(' ');
  return parts[parts.length - 1];
}

const ARTICLE_BEFORE_NAME = /^(?:al|el|ad|ash|as|at|az|ar)-(?=\p{Lu})/u;

/** The name a person is called by alone: the surname without an "al-"/"el-" particle ("Sisi" for "al-Sisi"). */
export function nameUsedAlone(name: string): string {
  return surname(name).replace(ARTICLE_BEFORE_NAME, '');
}
