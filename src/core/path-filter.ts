/** Which paths are in scope: the config's `paths` (when given) minus its `paths-ignore`. */
import picomatch from 'picomatch';

export function pathFilter(
  include: string[] | undefined,
  exclude: string[] | undefined,
): (path: string) => boolean {
  const opts = { dot: true };
  const inc = include && include.length > 0 ? picomatch(include, opts) : undefined;
  const exc = exclude && exclude.length > 0 ? picomatch(exclude, opts) : undefined;
  return (path) => (inc ? inc(path) : true) && !(exc?.(path) ?? false);
}
