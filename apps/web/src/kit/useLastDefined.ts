import { useState } from 'react';

/** The last defined value: a dialog keeps showing its subject while it fades out after closing. */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
