/**
 * An empty array that holds objects (or strings) from the start. A fresh `[]` is an array of small
 * integers until its first object arrives; code V8 compiled while reading one part then meets the
 * next part's fresh array, finds another kind of array and is thrown away (deoptimised), several
 * times over the first files of a read.
 */
export const arrayOfObjects = <T>(): T[] => {
  const a = [null as T];
  a.length = 0;
  return a;
};
