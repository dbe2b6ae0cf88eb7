/** A fetch for the BFF's upstream calls that counts them: "nothing was sent" becomes checkable. */
export function countingFetch(): { readonly calls: number; fetch: typeof fetch } {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    fetch: (input, init) => {
      calls++;
      return fetch(input, init);
    },
  };
}
