import { cdsCcsSecurityGroups, type SecurityGroupRule } from '@console/api-types/client';
import {
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { emptyRuleForm, ruleProblems, toRuleInput, type RuleForm } from '../rule-form';

interface GroupRef {
  id: string;
  name: string;
  rules: readonly SecurityGroupRule[];
}

/** AddSecurityGroupRule, checked field by field before it is sent. */
export function AddRuleDialog({
  group,
  opened,
  onClose,
}: {
  group: GroupRef;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [form, setForm] = useState<RuleForm>(() => emptyRuleForm(group.rules));
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsSecurityGroups.AddSecurityGroupRule, {
    describe: () => ({ label: t('sg.rule.add'), resource: group.name }),
  });
  useWhenOpened(opened, () => {
    setForm(emptyRuleForm(group.rules));
    setTried(false);
    mutation.reset();
  });
  const problems = ruleProblems(form);
  const shown = tried ? problems : {};
  const set = (patch: Partial<RuleForm>) => setForm((f) => ({ ...f, ...patch }));
  const portError = (p?: string) => (p ? t('sg.rule.err.port', { problem: p }) : undefined);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('sg.rule.addTitle', { name: group.name })}
      submitLabel={t('sg.rule.addSubmit')}
      loading={mutation.isPending}
      error={mutation.error}
      size="lg"
      data-testid="rule-dialog"
      onSubmit={() => {
        setTried(true);
        if (Object.keys(problems).length === 0)
          mutation.mutate(toRuleInput(group.id, form), { onSuccess: onClose });
      }}
    >
      <Group grow align="flex-start">
        <Input.Wrapper label={t('sg.rule.field.action')}>
          <SegmentedControl
            mt={4}
            fullWidth
            aria-label={t('sg.rule.field.action')}
            data={[
              { value: 'allow', label: t('sg.rule.allow') },
              { value: 'deny', label: t('sg.rule.deny') },
            ]}
            value={form.action}
            onChange={(v) => set({ action: v as RuleForm['action'] })}
            data-testid="rule-action"
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('sg.rule.field.protocol')}>
          <SegmentedControl
            mt={4}
            fullWidth
            aria-label={t('sg.rule.field.protocol')}
            data={['TCP', 'UDP', 'ICMP']}
            value={form.protocol}
            onChange={(v) => set({ protocol: v as RuleForm['protocol'] })}
            data-testid="rule-protocol"
          />
        </Input.Wrapper>
      </Group>
      <Text size="xs" c="dimmed">
        {t('sg.rule.field.direction')}
      </Text>
      <Group grow align="flex-start">
        <Select
          label={t('sg.rule.field.ruleType')}
          data={[
            { value: 'ip', label: t('sg.rule.field.ip') },
            { value: 'mac', label: t('sg.rule.field.mac') },
          ]}
          value={form.ruleType}
          onChange={(v) =>
            v && set({ ruleType: v as RuleForm['ruleType'], target: v === 'ip' ? '0.0.0.0/0' : '' })
          }
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('sg.rule.field.target')}
          description={
            form.ruleType === 'ip'
              ? t('sg.rule.field.targetHintIp')
              : t('sg.rule.field.targetHintMac')
          }
          value={form.target}
          onChange={(e) => set({ target: e.currentTarget.value })}
          error={shown.target ? t('sg.rule.err.target', { problem: shown.target }) : undefined}
          data-testid="rule-target"
        />
      </Group>
      {form.protocol === 'ICMP' ? (
        <Text size="sm" c="dimmed">
          {t('sg.rule.field.icmpNoPorts')}
        </Text>
      ) : (
        <Group grow align="flex-start">
          <TextInput
            label={t('sg.rule.field.localPort')}
            description={t('sg.rule.field.portHint')}
            value={form.localPort}
            onChange={(e) => set({ localPort: e.currentTarget.value })}
            error={portError(shown.localPort)}
            data-testid="rule-local-port"
          />
          <TextInput
            label={t('sg.rule.field.targetPort')}
            description={t('sg.rule.field.portHint')}
            value={form.targetPort}
            onChange={(e) => set({ targetPort: e.currentTarget.value })}
            error={portError(shown.targetPort)}
            data-testid="rule-target-port"
          />
        </Group>
      )}
      <Group grow align="flex-start">
        <NumberInput
          label={t('sg.rule.field.priority')}
          description={t('sg.rule.field.priorityHint')}
          min={1}
          max={100}
          allowDecimal={false}
          value={form.priority}
          onChange={(v) => set({ priority: Number(v) })}
          error={shown.priority ? t('sg.rule.err.priority') : undefined}
          data-testid="rule-priority"
        />
        <TextInput
          label={t('sg.rule.field.description')}
          value={form.description}
          maxLength={256}
          onChange={(e) => set({ description: e.currentTarget.value })}
          error={shown.description ? t('sg.rule.err.description') : undefined}
          data-testid="rule-description"
        />
      </Group>
    </FormDialog>
  );
}

/** ModifySecurityGroupRule: only the description of a rule can change. */
export function RuleDescriptionDialog({
  groupId,
  rule,
  opened,
  onClose,
}: {
  groupId: string;
  rule?: SecurityGroupRule;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsSecurityGroups.ModifySecurityGroupRule, {
    describe: () => ({ label: t('sg.rule.editDescription'), resource: rule?.description }),
  });
  useWhenOpened(opened, () => {
    setText(rule?.description ?? '');
    setTried(false);
    mutation.reset();
  });
  const problem = text.trim() ? undefined : t('sg.rule.err.description');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('sg.rule.editTitle')}
      submitLabel={t('sg.edit.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="rule-description-dialog"
      onSubmit={() => {
        setTried(true);
        if (!problem && rule)
          mutation.mutate(
            { SecurityGroupId: groupId, RuleId: rule.id, Description: text.trim() },
            { onSuccess: onClose },
          );
      }}
    >
      <TextInput
        label={t('sg.rule.field.description')}
        value={text}
        maxLength={256}
        onChange={(e) => setText(e.currentTarget.value)}
        error={tried ? problem : undefined}
        data-autofocus
        data-testid="rule-description-input"
      />
    </FormDialog>
  );
}
