import type { RequestArgs } from '~/access/session.server';
import { requestLocale } from '~/access/locale.server';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CsrfInput, Field, FormErrors, Notice, TextareaField } from '~/components/forms';
import { notFound } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { idParam } from '~/lib/http.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { cohortSchema, email, personName } from '~/lib/schemas';
import { audit } from '~/models/audit.server';
import {
  addCohortMember,
  cohortCoordinators,
  cohortMemberList,
  getCohort,
  removeCohortMember,
  updateCohort,
} from '~/models/cohort.server';
import { invite } from '~/services/invitation.server';
import { listOrganisationsForAdmin } from '~/models/organisation.server';
import { removeCoordinator } from '~/models/role.server';

const coordinatorSchema = z.object({
  intent: z.literal('add-coordinator'),
  email,
  name: personName,
});

function load(args: RequestArgs, rawId: string | undefined) {
  const user = requireAdmin(args);
  const cohort = getCohort(idParam(rawId));
  if (!cohort) throw notFound();
  return { user, cohort };
}

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { cohort } = load(args, args.params.cohortId);
  const t = await getFixedT(await requestLocale(args), 'admin');
  const members = cohortMemberList(cohort.id);
  return {
    cohort,
    members,
    coordinators: cohortCoordinators(cohort.id),
    candidates: listOrganisationsForAdmin()
      .filter((o) => !members.some((m) => m.id === o.id))
      .map((o) => ({ id: o.id, name: `${o.name} (${o.country})` })),
    meta: { title: cohort.name, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  requireAdmin(args);
  const { user, cohort } = load(args, args.params.cohortId);
  const form = await readForm(args);
  const intent = form.get('intent');
  const organisationId = Number(form.get('organisationId'));
  const userId = Number(form.get('userId'));
  switch (intent) {
    case 'add-member':
      if (!Number.isInteger(organisationId) || organisationId <= 0)
        return data({ intent, result: undefined, notice: 'choose-organisation' }, { status: 400 });
      if (!addCohortMember(cohort.id, organisationId))
        return data({ intent, result: undefined, notice: 'unknown-organisation' }, { status: 400 });
      audit({
        action: 'cohort.member-added',
        actorId: user.id,
        targetType: 'cohort',
        targetId: cohort.id,
        organisationId,
        address,
      });
      return { intent, result: undefined, notice: 'member-added' };
    case 'remove-member':
      removeCohortMember(cohort.id, organisationId);
      audit({
        action: 'cohort.member-removed',
        actorId: user.id,
        targetType: 'cohort',
        targetId: cohort.id,
        organisationId,
        address,
      });
      return { intent, result: undefined, notice: 'member-removed' };
    case 'remove-coordinator':
      removeCoordinator(userId, cohort.id);
      audit({
        action: 'coordinator.removed',
        actorId: user.id,
        targetType: 'user',
        targetId: userId,
        address,
        detail: { cohortId: cohort.id },
      });
      return { intent, result: undefined, notice: 'coordinator-removed' };
    case 'add-coordinator': {
      const submission = parseWithZod(form, { schema: coordinatorSchema });
      if (submission.status !== 'success')
        return data({ intent, result: submission.reply(), notice: null }, { status: 400 });
      const outcome = await invite({
        inviterId: user.id,
        inviterName: user.name,
        email: submission.value.email,
        name: submission.value.name,
        grant: { kind: 'cohort', cohortId: cohort.id },
        language: await requestLocale(args),
        address,
      });
      // The hub or parliament of the page was removed meanwhile.
      if (outcome.status === 'unknown-target') throw notFound();
      return {
        intent,
        result: submission.reply({ resetForm: true }),
        notice: 'coordinator-invited',
      };
    }
    default: {
      const submission = parseWithZod(form, { schema: cohortSchema });
      if (submission.status !== 'success')
        return data({ intent: 'edit', result: submission.reply(), notice: null }, { status: 400 });
      updateCohort(cohort.id, submission.value);
      audit({
        action: 'cohort.updated',
        actorId: user.id,
        targetType: 'cohort',
        targetId: cohort.id,
        address,
      });
      return { intent: 'edit', result: submission.reply(), notice: 'saved' };
    }
  }
}

export default function CohortEdit() {
  const { t } = useTranslation('admin');
  const { cohort, members, coordinators, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [editForm, edit] = useForm({
    id: 'edit',
    lastResult: actionData?.intent === 'edit' ? actionData.result : undefined,
    defaultValue: { name: cohort.name, description: cohort.description },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cohortSchema }),
  });
  const [coordinatorForm, coordinator] = useForm({
    id: 'coordinator',
    lastResult: actionData?.intent === 'add-coordinator' ? actionData.result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: coordinatorSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <h1>{cohort.name}</h1>
      {actionData?.notice ? (
        <Notice
          tone={
            actionData.notice === 'choose-organisation' ||
            actionData.notice === 'unknown-organisation'
              ? 'error'
              : 'success'
          }
        >
          {t(`cohorts.notice.${actionData.notice}`)}
        </Notice>
      ) : null}
      <FormErrors form={editForm} />
      <Form method="post" {...getFormProps(editForm)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="edit" />
        <Field field={edit.name} label={t('cohorts.name')} />
        <TextareaField field={edit.description} label={t('cohorts.description')} />
        <button type="submit" className="button">
          {t('save')}
        </button>
      </Form>

      <h2>{t('cohorts.memberList')}</h2>
      <ul className="plain-list">
        {members.map((m) => (
          <li key={m.id}>
            <Link to={`/admin/organisations/${m.id}`}>{m.name}</Link> ({m.country})
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="organisationId" value={m.id} />
              <button type="submit" name="intent" value="remove-member" className="link-button">
                {t('cohorts.removeMember', { name: m.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <label htmlFor="organisationId">{t('cohorts.addMember')}</label>
        <select id="organisationId" name="organisationId" defaultValue="">
          <option value="">{t('choose')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" name="intent" value="add-member" className="button button--secondary">
          {t('cohorts.add-member')}
        </button>
      </Form>

      <h2>{t('cohorts.coordinators')}</h2>
      <ul className="plain-list">
        {coordinators.map((c) => (
          <li key={c.id}>
            <Link to={`/admin/users/${c.id}`}>{c.name}</Link> ({c.email})
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="userId" value={c.id} />
              <button
                type="submit"
                name="intent"
                value="remove-coordinator"
                className="link-button"
              >
                {t('cohorts.removeCoordinator', { name: c.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <h3>{t('cohorts.inviteCoordinator')}</h3>
      <FormErrors form={coordinatorForm} />
      <Form method="post" {...getFormProps(coordinatorForm)}>
        <CsrfInput />
        <input type="hidden" name="intent" value="add-coordinator" />
        <Field field={coordinator.email} label={t('users.email')} type="email" autoComplete="off" />
        <Field field={coordinator.name} label={t('users.name')} autoComplete="off" />
        <button type="submit" className="button">
          {t('cohorts.invite')}
        </button>
      </Form>
    </>
  );
}
