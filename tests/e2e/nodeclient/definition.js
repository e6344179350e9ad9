// The migration path through Microsoft's client: createReleaseDefinition with an Azure-shaped body (Dev → QA,
// a manual pre-deployment approval by bob on QA), updateReleaseDefinition, createRelease, the QA approval
// chosen by its releaseEnvironment, approved by bob, and the release reaching QA. Prints one JSON line.
const azdev = require('azure-devops-node-api');
const ri = require('azure-devops-node-api/interfaces/ReleaseInterfaces');

const [url, carolToken, bobToken, project] = process.argv.slice(2);
const api = async (token) => new azdev.WebApi(url, azdev.getPersonalAccessTokenHandler(token)).getReleaseApi();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const bash = (name, script) => ({
  taskId: '6c731c3c-3c68-459a-a5c9-bde6e6595b5b', version: '3.*', name, enabled: true,
  definitionType: 'task', inputs: { targetType: 'inline', script },
});
const automated = { approvals: [{ rank: 1, isAutomated: true, isNotificationOn: false, id: 0 }] };
const environment = (name, rank, conditions, tasks, preDeployApprovals) => ({
  name, rank, conditions, preDeployApprovals, postDeployApprovals: automated,
  deployPhases: [{ name: 'Agent job', rank: 1, phaseType: ri.DeployPhaseTypes.AgentBasedDeployment,
                   workflowTasks: tasks }],
  retentionPolicy: { daysToKeep: 30, releasesToKeep: 3, retainBuild: true },
});

async function main() {
  const carol = await api(carolToken);
  const bob = await api(bobToken);
  const body = {
    name: 'Migrated', path: '\\migrated', releaseNameFormat: 'Release-$(rev:r)',
    variables: { greeting: { value: 'hello' } },
    environments: [
      environment('Dev', 1, [{ name: 'ReleaseStarted', conditionType: ri.ConditionType.Event, value: '' }],
                  [bash('Say', 'echo $(greeting) from Dev')], automated),
      environment('QA', 2, [{ name: 'Dev', conditionType: ri.ConditionType.EnvironmentState, value: '4' }],
                  [bash('Say', 'echo $(greeting) from QA')],
                  { approvals: [{ rank: 1, isAutomated: false, isNotificationOn: false,
                                  approver: { displayName: 'Bob', uniqueName: 'bob' } }],
                    approvalOptions: { requiredApproverCount: 1, releaseCreatorCanBeApprover: false,
                                       executionOrder: ri.ApprovalExecutionOrder.BeforeGates } }),
    ],
  };
  const created = await carol.createReleaseDefinition(body, project);
  if (!created || !created.id) throw new Error('createReleaseDefinition gave no definition');
  const notes = created.slipwayImport.notes.length;
  created.description = 'migrated from Azure';
  const updated = await carol.updateReleaseDefinition(created, project);
  if (updated.revision !== 2 || updated.description !== 'migrated from Azure')
    throw new Error(`updateReleaseDefinition gave revision ${updated.revision}`);

  const release = await carol.createRelease({ definitionId: created.id, description: 'first migrated' }, project);
  let qaApproval;
  for (let i = 0; i < 300 && !qaApproval; ++i) {
    const pending = await bob.getApprovals(project, undefined, ri.ApprovalStatus.Pending, [release.id]);
    qaApproval = pending.find((a) => a.releaseEnvironment.name === 'QA');
    if (!qaApproval) await sleep(100);
  }
  if (!qaApproval) throw new Error('no QA approval appeared');
  await bob.updateReleaseApproval({ status: ri.ApprovalStatus.Approved, comments: 'QA go' }, project, qaApproval.id);
  let qa;
  for (let i = 0; i < 300; ++i) {
    qa = (await carol.getRelease(project, release.id)).environments.find((e) => e.name === 'QA');
    if (qa.status === ri.EnvironmentStatus.Succeeded || qa.status === ri.EnvironmentStatus.Rejected) break;
    await sleep(100);
  }
  console.log(JSON.stringify({ definition: created.name, path: created.path, revision: updated.revision, notes,
                               approvalStage: qaApproval.releaseEnvironment.name, qaStatus: qa.status }));
  if (qa.status !== ri.EnvironmentStatus.Succeeded) process.exit(2);
}

main().catch((error) => {
  console.error(`node client failed: ${error.message} (status ${error.statusCode})`);
  process.exit(1);
});
