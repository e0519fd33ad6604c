/**
 * Sends every notification through `send`, one at a time and in order.
 *
 * `send(notification)` is an async function (it returns a promise) that
 * resolves when the notification was delivered and rejects with an error
 * when it could not be.
 *
 * deliverAll never rejects: it resolves to { sent, failed } where `sent` lists
 * the ids of the delivered notifications and `failed` lists { id, error } for
 * every notification whose send rejected, both in input order.
 *
 * @param {{ id: string }[]} notifications
 * @param {(n: { id: string }) => Promise<unknown>} send
 */
export async function deliverAll(notifications, send) {
  const sent = [];
  const failed = [];
  for (const notification of notifications) {
    const ok = await deliverOne(notification, send, failed);
    if (ok) sent.push(notification.id);
  }
  return { sent, failed };
}

async function deliverOne(notification, send, failed) {
  try {
    return send(notification).then(() => true);
  } catch (error) {
    failed.push({ id: notification.id, error });
    return false;
  }
}
