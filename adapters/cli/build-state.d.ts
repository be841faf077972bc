// Types of build-state.js (plain JavaScript: bin.js and the build script load it without tsx).

/** The file in dist/ that records the state the build was made from. */
export declare const BUILD_STATE_FILE: string;
/** The sources under `root` as they are now: path, size and modification time of each file. */
export declare function sourceState(root: string): string;
/** True when `root`/dist holds a build of exactly the sources under `root`. */
export declare function isBuildCurrent(root: string): boolean;
