/**
 * @jest-environment jsdom
 */
/** jsdom has no TextEncoder: the modules that write parts still load there (the preview's component tests import them). */
test('the annotated copy and PartBytes load where there is no TextEncoder', async () => {
  expect(typeof TextEncoder).toBe('undefined');
  const { annotatePackage } = await import('../../src/hosts/file/annotate-package');
  const { PartBytes } = await import('../../src/hosts/file/part-bytes');
  expect(typeof annotatePackage).toBe('function');
  // Nothing is encoded until a part is written.
  expect(new PartBytes().number(42).done()).toEqual(new Uint8Array([52, 50]));
});
