import { list, runner, sub } from './combinators.js';
import type { Rule } from './combinators.js';

const DOCKER_RUN_VALUES = list(
  '-e --env --env-file -v --volume --mount -w --workdir -u --user --name --network --net -p --publish',
  '--entrypoint --platform -m --memory --cpus --gpus --shm-size --ipc --pid --cap-add --cap-drop --device -l',
  '--label -h --hostname --add-host --security-opt --ulimit --pull --runtime --cidfile --log-driver --log-opt',
  '--tmpfs --dns --group-add --restart --userns --stop-signal --stop-timeout -a --attach',
);
const DOCKER_EXEC_VALUES = ['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys'];

/** `docker run IMAGE CMD` runs CMD; without CMD, the image's entrypoint runs and we cannot tell what it does. */
const dockerRun = runner({ values: DOCKER_RUN_VALUES, skip: 1, bare: 'unknown' });
const dockerExec = runner({ values: DOCKER_EXEC_VALUES, skip: 1, bare: 'unknown' });
const compose = sub(
  {
    build: 'build',
    pull: 'setup',
    create: 'setup',
    run: dockerRun,
    exec: dockerExec,
    down: 'cleanup',
    rm: 'cleanup',
    stop: 'cleanup',
    kill: 'cleanup',
    logs: null,
    ps: null,
  },
  { values: ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'] },
);
const docker = sub(
  {
    build: 'build',
    buildx: sub({ build: 'build', bake: 'build', create: 'setup', use: 'setup', inspect: null, rm: 'cleanup', prune: 'cleanup' }),
    image: sub({ build: 'build', push: 'deploy', pull: 'setup', rm: 'cleanup', prune: 'cleanup', ls: null, inspect: null }),
    container: sub({
      run: dockerRun,
      exec: dockerExec,
      rm: 'cleanup',
      stop: 'cleanup',
      kill: 'cleanup',
      prune: 'cleanup',
      ls: null,
      logs: null,
      inspect: null,
    }),
    system: sub({ prune: 'cleanup', df: null, info: null }),
    volume: sub({ create: 'setup', rm: 'cleanup', prune: 'cleanup' }),
    network: sub({ create: 'setup', rm: 'cleanup', prune: 'cleanup' }),
    builder: sub({ prune: 'cleanup' }),
    manifest: sub({ create: 'build', push: 'deploy' }),
    compose,
    run: dockerRun,
    exec: dockerExec,
    push: 'deploy',
    pull: 'setup',
    login: 'setup',
    load: 'setup',
    // A tag names an image for the push that follows; it builds nothing.
    tag: 'setup',
    logout: 'cleanup',
    rm: 'cleanup',
    rmi: 'cleanup',
    stop: 'cleanup',
    kill: 'cleanup',
    ps: null,
    images: null,
    info: null,
    logs: null,
    inspect: null,
  },
  { values: ['-H', '--host', '-c', '--context', '--config', '-l', '--log-level'] },
);

export const CONTAINER_COMMANDS: Record<string, Rule> = {
  // Containers: the subcommand decides (build, push, run, rm…).
  docker,
  podman: docker,
  'docker-compose': compose,
};
