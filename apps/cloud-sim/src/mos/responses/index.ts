import { MosRegistry } from '../registry';
import { instanceReadHandlers } from './instance-reads';
import { keyPairHandlers } from './key-pairs';
import { leaseHandlers } from './lease';
import { metadataHandlers } from './metadata';
import { offerHandlers } from './offer';
import { powerHandlers } from './power';

/** Every MOS action the simulator serves (all 22 of the document). */
export const mosRegistry = () =>
  new MosRegistry().register(
    ...offerHandlers,
    ...keyPairHandlers,
    ...instanceReadHandlers,
    ...metadataHandlers,
    ...powerHandlers,
    ...leaseHandlers,
  );
