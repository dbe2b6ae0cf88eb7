// The notices' outlet on its own, so the lazy chunk that draws them (providers.tsx) is the only one
// carrying their transitions: code that only calls `notifications.show()` gets the store alone.
export { Notifications } from '@mantine/notifications';
