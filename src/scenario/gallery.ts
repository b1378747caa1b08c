// The example gallery: small, realistic scenarios, each teaching one kubelet behaviour.
// Ids are used in URLs, so they never change once published.
import { activeDeadlineLesson, crashloopAlwaysLesson, docsMyappPodLesson, failOnceEmptydirLesson, imagePullErrorLesson, initFailsNeverLesson, initOomkilledLesson, logsWhileInitFailsLesson, nginxEmptydirLesson, statusVsPhaseLesson, waitForDbPortLesson } from './galleryInitLessons';
import { envFileFromInitLesson, imageVolumeLesson } from './galleryFeatureLessons';
import { gracefulShutdownTrapLesson } from './gallerySignalLessons';
import { restartAllContainersLesson, restartRulesRetryInitLesson } from './galleryRestartLessons';
import { whatsDifferent134Lesson, whatsDifferent137Lesson } from './galleryVersionLessons';
import { deletePodWithSidecarsLesson, jobWithSidecarLesson, livenessKillsSidecarLesson, resourcesInitVsAppLesson, sandboxRestartLesson, sidecarAsPlainInitLesson, sidecarLogShipperLesson, sidecarStartupProbeLesson } from './gallerySidecarLessons';

/**
 * One narrated step of a lesson: a change the engine records as a cause (same rule and, if
 * given, same subject) and what the learner should take from it.
 */
export interface GalleryStep {
  /** A rule id of the engine's catalogue (`init.sequential`); a test checks that it exists. */
  rule: string;
  /** The cause's subject: `container:NAME`, `pod`, `kubectl` or `condition:TYPE`. */
  subject?: string;
  /** One plain sentence for the learner. */
  note: string;
}

/** One gallery example: a complete scenario text plus what it is meant to show. */
export interface GalleryEntry {
  /** Kebab-case and stable: share links and embeds refer to it. */
  id: string;
  title: string;
  /** One sentence: what the learner should notice. */
  lesson: string;
  /** The changes that carry the lesson, in the order they happen. */
  steps: GalleryStep[];
  yaml: string;
}

/** The gallery, in the order a learner would read it. */
export const gallery: GalleryEntry[] = [
  docsMyappPodLesson,
  nginxEmptydirLesson,
  initFailsNeverLesson,
  crashloopAlwaysLesson,
  logsWhileInitFailsLesson,
  statusVsPhaseLesson,
  failOnceEmptydirLesson,
  sidecarLogShipperLesson,
  sidecarAsPlainInitLesson,
  sidecarStartupProbeLesson,
  jobWithSidecarLesson,
  imagePullErrorLesson,
  resourcesInitVsAppLesson,
  activeDeadlineLesson,
  waitForDbPortLesson,
  sandboxRestartLesson,
  livenessKillsSidecarLesson,
  deletePodWithSidecarsLesson,
  gracefulShutdownTrapLesson,
  initOomkilledLesson,
  envFileFromInitLesson,
  imageVolumeLesson,
  restartRulesRetryInitLesson,
  restartAllContainersLesson,
  whatsDifferent134Lesson,
  whatsDifferent137Lesson,
];

/** The gallery entry with this id, if any. */
export function findGalleryEntry(id: string): GalleryEntry | undefined {
  return gallery.find((entry) => entry.id === id);
}
