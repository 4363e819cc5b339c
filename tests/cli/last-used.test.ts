/** The small cache reconciliation keeps its open files and read sheets in. */
import { lastUsed } from '../../src/cli/reconcile-files';

describe('lastUsed', () => {
  it('makes a value once while it is among the last asked for, and again once it was let go', () => {
    const made: string[] = [];
    const get = lastUsed<string>(2);
    const ask = (key: string): string => get(key, () => (made.push(key), key.toUpperCase()));
    expect(['a', 'b', 'a', 'c', 'a', 'b'].map(ask)).toEqual(['A', 'B', 'A', 'C', 'A', 'B']);
    // c pushed out b (a had been asked for since); b pushed out c.
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });

  it('lets the oldest go while those kept weigh too much, never the one just asked for', () => {
    const made: string[] = [];
    const get = lastUsed<number>(4, (n) => n, 100);
    const ask = (key: string, weight: number): number => get(key, () => (made.push(key), weight));
    ask('small', 30);
    ask('medium', 60);
    ask('big', 80); // 170 > 100: small, then medium, let go
    ask('big', 80); // kept
    ask('huge', 500); // big let go; huge kept alone, over the limit
    ask('huge', 500); // kept
    ask('small', 30); // huge let go
    ask('big', 80); // made again; 110 > 100: small let go
    expect(made).toEqual(['small', 'medium', 'big', 'huge', 'small', 'big']);
  });
});
