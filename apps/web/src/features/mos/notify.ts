export { notifyDone } from '../../kit/notify';
