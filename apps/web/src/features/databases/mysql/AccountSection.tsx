import {
  cdsMysql,
  DB_ACCOUNT_NAME_RULE,
  DB_ACCOUNT_NAME_RULE_TEXT,
  DB_PASSWORD_RULE_TEXT,
  DB_RESERVED_ACCOUNT_NAMES,
  dbPasswordProblems,
  type DbInstance,
} from '@console/api-types/client';
import { Alert, Button, Group, List, Paper, PasswordInput, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useRunReason } from '../../../auth/permission';
import { useI18n } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';

const nameOk = (n: string) => DB_ACCOUNT_NAME_RULE.test(n) && !(DB_RESERVED_ACCOUNT_NAMES as readonly string[]).includes(n);

/**
 * The privileged (Super) account: one per instance, created once. The API cannot list accounts,
 * so the section says what was created here and lets the cloud refuse a second one.
 */
export function AccountSection({ db }: { db: DbInstance }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | undefined>();
  const runReason = useRunReason();
  const why = runReason(cdsMysql.CreatePrivilegedAccount) ?? (db.status.toLowerCase() !== 'running' ? t('db.why.notRunning') : created ? t('mysql.account.onlyOne') : undefined);
  const rules = lang === 'en' ? { name: DB_ACCOUNT_NAME_RULE_TEXT.en, password: DB_PASSWORD_RULE_TEXT.en } : { name: DB_ACCOUNT_NAME_RULE_TEXT.zh, password: DB_PASSWORD_RULE_TEXT.zh };
  return (
    <Paper withBorder p="md" data-testid="db-account">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('mysql.account.title')}</Title>
        <Button size="xs" onClick={() => setOpen(true)} disabled={!!why} title={why} data-testid="account-create">
          {t('mysql.account.create')}
        </Button>
      </Group>
      {created ? (
        <Alert color="teal" mb="xs" data-testid="account-created">
          {t('mysql.account.created', { name: created })}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('mysql.account.explain')}
      </Text>
      <List size="sm" mt="xs">
        <List.Item>{t('mysql.account.nameRule', { rule: rules.name })}</List.Item>
        <List.Item>{t('mysql.account.passwordRule', { rule: rules.password })}</List.Item>
      </List>
      <AccountDialog db={db} opened={open} onClose={() => setOpen(false)} onCreated={setCreated} rules={rules} />
    </Paper>
  );
}

function AccountDialog({ db, opened, onClose, onCreated, rules }: { db: DbInstance; opened: boolean; onClose: () => void; onCreated: (name: string) => void; rules: { name: string; password: string } }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsMysql.CreatePrivilegedAccount, { describe: () => ({ label: t('mysql.account.create'), resource: db.name }) });
  useWhenOpened(opened, () => {
    setName('');
    setPassword('');
    setAgain('');
    setTried(false);
    mutation.reset();
  });
  const problems = {
    name: nameOk(name) ? undefined : t('mysql.account.nameInvalid', { rule: rules.name }),
    password: dbPasswordProblems(password).length ? t('mysql.account.passwordInvalid', { rule: rules.password }) : undefined,
    again: again === password ? undefined : t('mysql.account.mismatch'),
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mysql.account.dialogTitle', { name: db.name })}
      submitLabel={t('mysql.account.create')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="account-dialog"
      onSubmit={() => {
        setTried(true);
        if (problems.name || problems.password || problems.again) return;
        mutation.mutate(
          { InstanceUuid: db.id, AccountName: name, Password: password, AccountType: 'Super' },
          { onSuccess: () => (onCreated(name), onClose()) },
        );
      }}
    >
      <TextInput label={t('mysql.account.name')} description={rules.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={tried ? problems.name : undefined} required data-autofocus data-testid="account-name" />
      <PasswordInput label={t('mysql.account.password')} description={rules.password} value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={tried ? problems.password : undefined} required autoComplete="new-password" data-testid="account-password" />
      <PasswordInput label={t('mysql.account.again')} value={again} onChange={(e) => setAgain(e.currentTarget.value)} error={tried ? problems.again : undefined} required autoComplete="new-password" data-testid="account-again" />
    </FormDialog>
  );
}
