<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>About</name>
    <message>
        <source>Database schema: revision {0}&lt;br&gt;Database: {1}</source>
        <translation>データベースのスキーマ：リビジョン {0}&lt;br&gt;データベース：{1}</translation>
    </message>
    <message>
        <source>Database schema: revision {0} (no database open)</source>
        <translation>データベースのスキーマ：リビジョン {0}（開いているデータベースはありません）</translation>
    </message>
    <message>
        <source>Runs a week-long science exchange visit from one laptop, offline: programs, participants, schedule, check-in, printing and reports.</source>
        <translation>1週間の科学技術交流の受け入れを、1台のノートパソコンでオフラインのまま運営します：プログラム、参加者、日程、受付、印刷、レポート。</translation>
    </message>
    <message>
        <source>Sakura Desktop is free software under the MIT licence. It uses Qt for Python (PySide6, LGPLv3), SQLAlchemy and Alembic (MIT) and ReportLab (BSD); shipped fonts carry their own licences in the fonts folder.</source>
        <translation>Sakura Desktop は MIT ライセンスのフリーソフトウェアです。Qt for Python（PySide6、LGPLv3）、SQLAlchemy と Alembic（MIT）、ReportLab（BSD）を使用しています。同梱のフォントのライセンスは fonts フォルダーにあります。</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} について</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>自動バックアップに失敗しました：{0}</translation>
    </message>
    <message>
        <source>1 program</source>
        <translation>1件のプログラム</translation>
    </message>
    <message>
        <source>{count} programs</source>
        <translation>{count}件のプログラム</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>参加者1名</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>参加者{count}名</translation>
    </message>
    <message>
        <source>1 scan</source>
        <translation>スキャン1件</translation>
    </message>
    <message>
        <source>{count} scans</source>
        <translation>スキャン{count}件</translation>
    </message>
    <message>
        <source>{programs}, {participants}, {scans}</source>
        <translation>{programs}、{participants}、{scans}</translation>
    </message>
    <message>
        <source>This database lives on a server ({server}): its backups are the server&apos;s job (pg_dump and pg_restore, or the server&apos;s own backup schedule), not Sakura Desktop&apos;s. Ask whoever runs the server.</source>
        <translation>このデータベースはサーバー（{server}）上にあります。バックアップは Sakura Desktop ではなくサーバー側の役割です（pg_dump と pg_restore、またはサーバー自身のバックアップ計画）。サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Cannot back up {file} into {folder} ({error}); nothing was changed. Free some disk space or make that folder writable, then try again.</source>
        <translation>{file} を {folder} にバックアップできません（{error}）。何も変更されていません。ディスクの空きを増やすか、そのフォルダーを書き込み可能にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{file} already exists: choose a new name for the backup (nothing was overwritten).</source>
        <translation>{file} はすでに存在します。バックアップに別の名前を付けてください（何も上書きされていません）。</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>{file} を書き込めません。フォルダー {folder} が存在しません。</translation>
    </message>
    <message>
        <source>Cannot write the backup {file} ({error}); nothing was changed. Choose a folder you can write to, with enough free space.</source>
        <translation>バックアップ {file} を書き込めません（{error}）。何も変更されていません。書き込みができ、空き容量が十分なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open {file} ({error}); it was not changed.</source>
        <translation>{file} を開けません（{error}）。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite says: {error}): it cannot be restored. Choose another backup; this one was not changed.</source>
        <translation>{file} は破損しています（SQLite の報告：{error}）。復元できません。別のバックアップを選んでください。このファイルは変更されていません。</translation>
    </message>
    <message>
        <source>No backup at {file}: check the path.</source>
        <translation>{file} にバックアップがありません。パスを確認してください。</translation>
    </message>
    <message>
        <source>Cannot read {file} ({error}); it was not changed.</source>
        <translation>{file} を読み込めません（{error}）。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{file} is not a Sakura Desktop backup (it is not a SQLite database at all): choose another file; this one was not changed.</source>
        <translation>{file} は Sakura Desktop のバックアップではありません（SQLite データベースではありません）。別のファイルを選んでください。このファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite&apos;s integrity check says: {error}): it cannot be restored. Choose another backup; this one was not changed.</source>
        <translation>{file} は破損しています（SQLite の整合性チェックの報告：{error}）。復元できません。別のバックアップを選んでください。このファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{file} is not a Sakura Desktop backup (it is another program&apos;s SQLite database): choose another file; this one was not changed.</source>
        <translation>{file} は Sakura Desktop のバックアップではありません（別のプログラムの SQLite データベースです）。別のファイルを選んでください。このファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Sakura Desktop (schema {revision}): install that version to restore it; the file was not changed.</source>
        <translation>{file} は新しいバージョンの Sakura Desktop で書き込まれています（スキーマ {revision}）。復元するにはそのバージョンをインストールしてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{file} is the database itself: choose one of its backups.</source>
        <translation>{file} はデータベースそのものです。そのバックアップのいずれかを選んでください。</translation>
    </message>
    <message>
        <source>{file} is not a Sakura Desktop database of this version: a restore would overwrite it. Choose the database to restore into; nothing was changed.</source>
        <translation>{file} はこのバージョンの Sakura Desktop データベースではありません。復元すると上書きされてしまいます。復元先のデータベースを選んでください。何も変更されていません。</translation>
    </message>
    <message>
        <source>{file} cannot be read (SQLite says: {error}), so it cannot be backed up before the restore; nothing was changed. Move the damaged file to another folder by hand (keep it), then restore the backup into the same path again.</source>
        <translation>{file} を読み込めないため（SQLite の報告：{error}）、復元の前にバックアップできません。何も変更されていません。破損したファイルを手作業で別のフォルダーへ移し（削除せず保管してください）、同じパスへもう一度バックアップを復元してください。</translation>
    </message>
    <message>
        <source>Cannot write {file} ({error}); it was left as it was. Close other programs using it and try again.</source>
        <translation>{file} に書き込めません（{error}）。ファイルは元のままです。このファイルを使っているほかのプログラムを閉じて、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>BadgeSecrets</name>
    <message>
        <source>Give this laptop the key from the program&apos;s station package: `sakura-desktop badge-key PACKAGE --passphrase-file F` with this database&apos;s --db or --db-url (the coordinator makes one with `sakura-desktop station-package`).</source>
        <translation>このノートPCに、プログラムの受付端末パッケージから鍵を渡してください：このデータベースの --db または --db-url を付けて `sakura-desktop badge-key PACKAGE --passphrase-file F` を実行します（パッケージはコーディネーターが `sakura-desktop station-package` で作成します）。</translation>
    </message>
    <message>
        <source>The database&apos;s note on its badge secret is in a format this version does not know; open it with the newest Sakura Desktop.</source>
        <translation>データベースにある名札の秘密鍵の記録が、このバージョンでは読めない形式です。最新の Sakura Desktop で開いてください。</translation>
    </message>
    <message>
        <source>This laptop does not have the key to the badge secret of {title}: the database was locked on another laptop (a shared database, a copy or a restored backup), or this laptop&apos;s keyring or key folder was reset. Badges cannot be made or checked until it has it. {hint}</source>
        <translation>このノートPCには{title}の名札の秘密鍵を開く鍵がありません。データベースが別のノートPCで保護された（共有データベース、コピー、復元したバックアップ）か、このノートPCのキーリングまたは鍵フォルダーがリセットされています。鍵が入るまで名札の作成も確認もできません。{hint}</translation>
    </message>
    <message>
        <source>The badge secret of {title} in this database was altered: it no longer matches its fingerprint, so badges printed before would not scan. Restore the database from a backup (File &gt; Restore from a backup…, or `sakura-desktop restore`).</source>
        <translation>このデータベースにある{title}の名札の秘密鍵が書き換えられています。指紋と一致しないため、これまでに印刷した名札は読み取れません。データベースをバックアップから復元してください（ファイル &gt; バックアップから復元…、または `sakura-desktop restore`）。</translation>
    </message>
    <message>
        <source>The station package is for a program this database does not hold; use the package of the program in this database.</source>
        <translation>この受付端末パッケージは、このデータベースにないプログラムのものです。このデータベースのプログラムのパッケージを使ってください。</translation>
    </message>
    <message>
        <source>The station package&apos;s badge secret of {title} is not the one this database was locked with (the program was set up again since); use a package exported from this database&apos;s program.</source>
        <translation>受付端末パッケージにある{title}の名札の秘密鍵は、このデータベースを保護した鍵と一致しません（その後プログラムが作り直されています）。このデータベースのプログラムから書き出したパッケージを使ってください。</translation>
    </message>
    <message>
        <source>Cannot keep the badge key in {folder} ({reason}) and no keyring took it. Make that folder writable (or set SAKURA_DESKTOP_KEY_DIR to a private folder of yours) and try again.</source>
        <translation>名札の鍵を{folder}に保存できず（{reason}）、キーリングにも保存できませんでした。そのフォルダーを書き込み可能にする（または SAKURA_DESKTOP_KEY_DIR に自分専用のフォルダーを設定する）と、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>No participant with id {id}.</source>
        <translation>ID {id} の参加者はいません。</translation>
    </message>
    <message>
        <source>Give a participant id (the database id or the roster id).</source>
        <translation>参加者の ID（データベースの ID または名簿の ID）を指定してください。</translation>
    </message>
    <message>
        <source>{wanted} is the database id of one participant and the roster id of another; use the other participant&apos;s id instead.</source>
        <translation>{wanted} はある参加者のデータベース ID であり、別の参加者の名簿 ID でもあります。もう一方の参加者の ID を使ってください。</translation>
    </message>
    <message>
        <source>No participant with the id or roster id {wanted} in this program.</source>
        <translation>このプログラムに ID または名簿 ID が {wanted} の参加者はいません。</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Camera off</source>
        <translation>カメラ停止中</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>カメラを開始</translation>
    </message>
    <message>
        <source>Camera and sounds are off: {0}.
Use the scanner or type a name.</source>
        <translation>カメラと音は使えません：{0}。
スキャナーか氏名入力で
受付してください。</translation>
    </message>
    <message>
        <source>No camera found.
Use the scanner or type a name.</source>
        <translation>カメラが見つかりません。
スキャナーか氏名入力で
受付してください。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>カメラを停止</translation>
    </message>
    <message>
        <source>The camera stopped: {0}</source>
        <translation>カメラが停止しました：{0}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>Catering</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>ハラール</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>ベジタリアン</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>ヴィーガン</translation>
    </message>
    <message>
        <source>No pork</source>
        <translation>豚肉不可</translation>
    </message>
    <message>
        <source>No beef</source>
        <translation>牛肉不可</translation>
    </message>
    <message>
        <source>Allergy: {0}</source>
        <translation>アレルギー：{0}</translation>
    </message>
    <message>
        <source>Other: {0}</source>
        <translation>その他：{0}</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>People expected</source>
        <translation>予定人数</translation>
    </message>
    <message>
        <source>Standard meal (no need, no allergy)</source>
        <translation>通常食（制限・アレルギーなし）</translation>
    </message>
    <message>
        <source>Dietary counts per meal</source>
        <translation>食事ごとの食事制限の人数</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Charts are unavailable on this computer: Qt Charts (from PySide6-Addons) could not be loaded. The tables and their exports work as usual.</source>
        <translation>このコンピューターではグラフを表示できません。Qt Charts（PySide6-Addons）を読み込めませんでした。表と書き出しはいつもどおり使えます。</translation>
    </message>
    <message>
        <source>The chart appears here once the report is computed.</source>
        <translation>レポートの集計が終わると、ここにグラフが表示されます。</translation>
    </message>
    <message>
        <source>This report has no chart: its table says it best.</source>
        <translation>このレポートにはグラフがありません。表をご覧ください。</translation>
    </message>
    <message>
        <source>Nothing to chart yet: the table is empty.</source>
        <translation>表が空のため、まだグラフにできるものがありません。</translation>
    </message>
</context>
<context>
    <name>CheckinCamera</name>
    <message>
        <source>the sound library PulseAudio (libpulse.so.0) is not installed; on Debian or Ubuntu install it with &apos;sudo apt install libpulse0&apos; and start Sakura Desktop again</source>
        <translation>サウンドライブラリ PulseAudio（libpulse.so.0）がインストールされていません。Debian または Ubuntu では「sudo apt install libpulse0」でインストールし、Sakura Desktop を起動し直してください</translation>
    </message>
    <message>
        <source>Qt Multimedia is not installed (the PySide6-Addons package); reinstall Sakura Desktop to get it back</source>
        <translation>Qt Multimedia（PySide6-Addons パッケージ）がインストールされていません。Sakura Desktop を再インストールしてください</translation>
    </message>
    <message>
        <source>Qt Multimedia could not be loaded ({0})</source>
        <translation>Qt Multimedia を読み込めませんでした（{0}）</translation>
    </message>
</context>
<context>
    <name>CheckinCheckpoints</name>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>No checkpoint with id {id}.</source>
        <translation>ID {id} の受付地点はありません。</translation>
    </message>
    <message>
        <source>{wanted} matches several checkpoints ({names}); be more precise.</source>
        <translation>{wanted} は複数の受付地点（{names}）に当てはまります。もっと詳しく指定してください。</translation>
    </message>
    <message>
        <source>No checkpoint {wanted} in this program; list them with `sakura-desktop checkpoints`.</source>
        <translation>このプログラムに受付地点 {wanted} はありません。`sakura-desktop checkpoints` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Give the roll call a name, for example &apos;Dinner 19:00&apos;.</source>
        <translation>点呼に名前を付けてください（例：「夕食 19:00」）。</translation>
    </message>
    <message>
        <source>A checkpoint name has at most {count} characters.</source>
        <translation>受付地点の名前は {count} 文字以内です。</translation>
    </message>
    <message>
        <source>A checkpoint named {name} already exists in this program; choose another name.</source>
        <translation>このプログラムには {name} という受付地点がすでにあります。別の名前にしてください。</translation>
    </message>
</context>
<context>
    <name>CheckinDecision</name>
    <message>
        <source>Accepted</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>受付済み（重複）</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>予定外</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>再発行前の名札</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>偽造</translation>
    </message>
    <message>
        <source>Wrong program</source>
        <translation>別プログラム</translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <source>Name this station (for example &apos;Main door&apos;) before scanning.</source>
        <translation>スキャンする前に、この受付端末に名前を付けてください（例：「正面入口」）。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>Checkpoint {name} belongs to another program.</source>
        <translation>受付地点 {name} は別のプログラムのものです。</translation>
    </message>
    <message>
        <source>No participant with id {id} in this program.</source>
        <translation>このプログラムに ID {id} の参加者はいません。</translation>
    </message>
    <message>
        <source>No scan {uuid} in this program.</source>
        <translation>このプログラムにスキャン {uuid} はありません。</translation>
    </message>
    <message>
        <source>That entry is itself an undo; scan the badge again instead.</source>
        <translation>この記録は取り消しそのものです。代わりに名札をもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>That entry opened or closed a roll call; it cannot be undone.</source>
        <translation>この記録は点呼の開始または終了です。取り消せません。</translation>
    </message>
    <message>
        <source>That scan was already undone.</source>
        <translation>このスキャンはすでに取り消されています。</translation>
    </message>
    <message>
        <source>Undone: the scan of an unidentified code at {time}.</source>
        <translation>{time} の不明なコードのスキャンを取り消しました。</translation>
    </message>
    <message>
        <source>Undone: the scan of {name} at {time}.</source>
        <translation>{time} の {name} さんのスキャンを取り消しました。</translation>
    </message>
    <message>
        <source>{checkpoint} records entries only; switch the station to entry.</source>
        <translation>{checkpoint} は入場のみを記録します。受付端末を「入場」に切り替えてください。</translation>
    </message>
    <message>
        <source>No scan {uuid} in this database.</source>
        <translation>このデータベースにスキャン {uuid} はありません。</translation>
    </message>
</context>
<context>
    <name>CheckinDialogs</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export missing list</source>
        <translation>未着者リストを書き出す</translation>
    </message>
    <message>
        <source>Print missing list</source>
        <translation>未着者リストを印刷</translation>
    </message>
    <message>
        <source>New roll call</source>
        <translation>新しい点呼</translation>
    </message>
    <message>
        <source>Name of the roll call (for example “Dinner 19:00” or “Bus 2 back to hotel”):</source>
        <translation>点呼の名前（例：「夕食 19:00」「2号車 ホテルへ」）：</translation>
    </message>
</context>
<context>
    <name>CheckinKeys</name>
    <message>
        <source>Choose the checkpoint</source>
        <translation>受付地点を選ぶ</translation>
    </message>
    <message>
        <source>Switch between entry and exit</source>
        <translation>入場と退出を切り替える</translation>
    </message>
    <message>
        <source>New roll call at a checkpoint</source>
        <translation>受付地点で新しい点呼を始める</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>音のオン／オフ</translation>
    </message>
    <message>
        <source>Type the operator&apos;s name</source>
        <translation>担当者名を入力する</translation>
    </message>
    <message>
        <source>Start or stop the camera</source>
        <translation>カメラを開始／停止する</translation>
    </message>
    <message>
        <source>Export the missing list</source>
        <translation>未着者リストを書き出す</translation>
    </message>
    <message>
        <source>Print the missing list</source>
        <translation>未着者リストを印刷する</translation>
    </message>
    <message>
        <source>Where is everyone</source>
        <translation>全員の所在</translation>
    </message>
</context>
<context>
    <name>CheckinMessage</name>
    <message>
        <source>Not a Sakura badge. Scan the QR code on the badge.</source>
        <translation>Sakura の名札ではありません。名札の QR コードをスキャンしてください。</translation>
    </message>
    <message>
        <source>This badge belongs to another program ({program}); not valid here.</source>
        <translation>別のプログラム（{program}）の名札です。ここでは使えません。</translation>
    </message>
    <message>
        <source>This badge belongs to another program; not valid here.</source>
        <translation>別のプログラムの名札です。ここでは使えません。</translation>
    </message>
    <message>
        <source>Invalid badge: its signature does not match (altered or forged). Call the coordinator.</source>
        <translation>無効な名札です：署名が一致しません（改ざんまたは偽造）。コーディネーターに連絡してください。</translation>
    </message>
    <message>
        <source>This badge names nobody in the program (deleted participant?).</source>
        <translation>この名札の参加者はプログラムにいません（削除された参加者？）。</translation>
    </message>
    <message>
        <source>{name} has withdrawn from the program. Call the coordinator.</source>
        <translation>{name} さんはプログラムの参加取消になっています。コーディネーターに連絡してください。</translation>
    </message>
    <message>
        <source>This badge was replaced by a newer one. Ask for the new badge; call the coordinator if this is not its owner.</source>
        <translation>この名札は新しい名札に置き換えられています。新しい名札を見せてもらってください。本人のものでなければコーディネーターに連絡してください。</translation>
    </message>
    <message>
        <source>This badge was replaced by a newer one #{serial}. Ask for the new badge; call the coordinator if this is not its owner.</source>
        <translation>この名札は新しい名札 #{serial} に置き換えられています。新しい名札を見せてもらってください。本人のものでなければコーディネーターに連絡してください。</translation>
    </message>
    <message>
        <source>Checked in, but {name} is recorded as departed. Tell the coordinator.</source>
        <translation>受付しましたが、{name} さんは出発済みとして記録されています。コーディネーターに伝えてください。</translation>
    </message>
    <message>
        <source>Checked in, but {name} is not expected at {checkpoint}.</source>
        <translation>受付しましたが、{name} さんは {checkpoint} の対象者ではありません。</translation>
    </message>
    <message>
        <source>Welcome, {name}!</source>
        <translation>ようこそ、{name} さん！</translation>
    </message>
    <message>
        <source>{name} is already checked in.</source>
        <translation>{name} さんは受付済みです。</translation>
    </message>
    <message>
        <source>{name} is already checked in at {time}.</source>
        <translation>{name} さんは {time} に受付済みです。</translation>
    </message>
    <message>
        <source>Goodbye, {name}: checked out.</source>
        <translation>{name} さん、退出を記録しました。お疲れさまでした。</translation>
    </message>
    <message>
        <source>{name} is already checked out at {time}.</source>
        <translation>{name} さんは {time} に退出済みです。</translation>
    </message>
    <message>
        <source>{name} was not checked in at {checkpoint}; nothing to check out.</source>
        <translation>{name} さんは {checkpoint} で受付されていません。退出の記録はできません。</translation>
    </message>
</context>
<context>
    <name>CheckinMethod</name>
    <message>
        <source>scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>氏名で</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>CheckinModels</name>
    <message>
        <source>{0} (out)</source>
        <translation>{0}（退出）</translation>
    </message>
    <message>
        <source>(unreadable code)</source>
        <translation>（読み取れないコード）</translation>
    </message>
    <message>
        <source>{0} — {1}, by {2}</source>
        <translation>{0} — {1}、担当：{2}</translation>
    </message>
    <message>
        <source>Undone: this scan no longer counts.</source>
        <translation>取り消し済み：このスキャンは数えられません。</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>left {0}, {1}</source>
        <translation>{0} を退出、{1}</translation>
    </message>
    <message>
        <source>at {0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>受け入れ側</translation>
    </message>
    <message>
        <source>left {0}</source>
        <translation>{0} を退出</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Lecturer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>New roll call…</source>
        <translation>新しい点呼…</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入場</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Who is scanning at this station (kept with each scan)</source>
        <translation>この受付端末でスキャンしている人（スキャンごとに記録されます）</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>音あり</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>受付地点：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>消音</translation>
    </message>
    <message>
        <source>loading the checkpoints</source>
        <translation>受付地点の読み込み</translation>
    </message>
    <message>
        <source>Roll call: {0}</source>
        <translation>点呼：{0}</translation>
    </message>
    <message>
        <source>This checkpoint records entries only (a bus allows exits).</source>
        <translation>この受付地点では入場だけを記録します（退出はバスで記録できます）。</translation>
    </message>
    <message>
        <source>creating the roll call</source>
        <translation>点呼の作成</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>最近のスキャン</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>counting heads</source>
        <translation>人数の集計</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} に書き込めませんでした：{1}</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Missing list ({0} people) saved to {1}.</source>
        <translation>未着者リスト（{0} 人）を {1} に保存しました。</translation>
    </message>
    <message>
        <source>Missing list ({0} people) sent to the printer.</source>
        <translation>未着者リスト（{0} 人）をプリンターに送りました。</translation>
    </message>
    <message>
        <source>finding everyone</source>
        <translation>全員の所在確認</translation>
    </message>
    <message>
        <source>Scan a badge — or type a name and press Enter</source>
        <translation>名札をスキャン — または氏名を入力して Enter</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>直前のスキャンを取り消す</translation>
    </message>
    <message>
        <source>Void the last scan of this station (Ctrl+Z)</source>
        <translation>この受付端末の直前のスキャンを無効にします（Ctrl+Z）</translation>
    </message>
    <message>
        <source>searching names</source>
        <translation>氏名の検索</translation>
    </message>
    <message>
        <source>{0} matches (showing the first {0}): ↑ ↓ to choose, Enter to check in, Esc to clear.</source>
        <translation>{0} 件一致（先頭の {0} 件を表示）：↑ ↓ で選択、Enter で受付、Esc で消去。</translation>
    </message>
    <message>
        <source>1 match: ↑ ↓ to choose, Enter to check in, Esc to clear.</source>
        <translation>1 件一致：↑ ↓ で選択、Enter で受付、Esc で消去。</translation>
    </message>
    <message>
        <source>{0} matches: ↑ ↓ to choose, Enter to check in, Esc to clear.</source>
        <translation>{0} 件一致：↑ ↓ で選択、Enter で受付、Esc で消去。</translation>
    </message>
    <message>
        <source>Nobody&apos;s name matches “{0}”.</source>
        <translation>「{0}」に一致する氏名はありません。</translation>
    </message>
    <message>
        <source>Sync — </source>
        <translation>同期 — </translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open a database (File &gt; Open database) to check people in.</source>
        <translation>受付をするには、データベースを開いてください（ファイル &gt; データベースを開く）。</translation>
    </message>
    <message>
        <source>No program chosen</source>
        <translation>プログラムが選ばれていません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Choose or create a program: check-in works on the chosen program&apos;s people and checkpoints.</source>
        <translation>プログラムを選ぶか作成してください。受付は、選んだプログラムの参加者と受付地点で行います。</translation>
    </message>
    <message>
        <source>Reading the database.</source>
        <translation>データベースを読み込んでいます。</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>受付端末：{0}</translation>
    </message>
    <message>
        <source>Not ready to scan: choose a program and a checkpoint first.</source>
        <translation>まだスキャンできません。先にプログラムと受付地点を選んでください。</translation>
    </message>
    <message>
        <source>Not ready to check in: choose a program and a checkpoint first.</source>
        <translation>まだ受付できません。先にプログラムと受付地点を選んでください。</translation>
    </message>
    <message>
        <source>checking the badge</source>
        <translation>名札の確認</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>記録されていません</translation>
    </message>
    <message>
        <source>undoing the scan</source>
        <translation>スキャンの取り消し</translation>
    </message>
</context>
<context>
    <name>CheckinReports</name>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>受付済みです</translation>
    </message>
    <message>
        <source>Checked in — not expected here</source>
        <translation>受付しました — この場所の予定者ではありません</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消済み</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>不明なコード</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>再発行前の名札です</translation>
    </message>
    <message>
        <source>Invalid badge</source>
        <translation>無効な名札です</translation>
    </message>
    <message>
        <source>Other program&apos;s badge</source>
        <translation>別のプログラムの名札です</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>退出しました</translation>
    </message>
    <message>
        <source>Not checked in here</source>
        <translation>ここでは受付されていません</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>受付できます</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>名札をスキャンするか、氏名を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Team {0}</source>
        <translation>チーム {0}</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>退出済みです</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消しました</translation>
    </message>
</context>
<context>
    <name>Checkpoints</name>
    <message>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>{title}, {day} {time}</source>
        <translation>{title} {day} {time}</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>error: {0}</source>
        <translation>エラー：{0}</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Ends before it starts</source>
        <translation>開始前に終了</translation>
    </message>
    <message>
        <source>Outside the program</source>
        <translation>プログラム期間外</translation>
    </message>
    <message>
        <source>Everyone double-booked</source>
        <translation>全員の予定が重複</translation>
    </message>
    <message>
        <source>Team double-booked</source>
        <translation>チームの予定が重複</translation>
    </message>
    <message>
        <source>Delegation double-booked</source>
        <translation>派遣団の予定が重複</translation>
    </message>
    <message>
        <source>Lecturer double-booked</source>
        <translation>講師の予定が重複</translation>
    </message>
    <message>
        <source>Person double-booked</source>
        <translation>個人の予定が重複</translation>
    </message>
    <message>
        <source>Venue double-booked</source>
        <translation>会場の予約が重複</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>移動時間が不足</translation>
    </message>
    <message>
        <source>Transfer too short</source>
        <translation>移動の時間が短すぎる</translation>
    </message>
    <message>
        <source>Session over capacity</source>
        <translation>セッションの定員超過</translation>
    </message>
    <message>
        <source>Venue too small</source>
        <translation>会場が狭すぎる</translation>
    </message>
    <message>
        <source>Lecturer unavailable</source>
        <translation>講師の都合がつかない</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <source>record this</source>
        <translation>記録する</translation>
    </message>
    <message>
        <source>record the scan</source>
        <translation>スキャンを記録する</translation>
    </message>
    <message>
        <source>record the check-in</source>
        <translation>受付を記録する</translation>
    </message>
    <message>
        <source>undo the scan</source>
        <translation>スキャンを取り消す</translation>
    </message>
    <message>
        <source>start the roll call</source>
        <translation>点呼を始める</translation>
    </message>
    <message>
        <source>close the roll call</source>
        <translation>点呼を終える</translation>
    </message>
    <message>
        <source>Could not {action}: another station kept the database busy for {seconds} s. Try again; if it keeps happening, check that no other program holds the database open.</source>
        <translation>{action}ことができませんでした：別の受付端末が{seconds}秒間データベースを使用中でした。もう一度お試しください。繰り返し起きる場合は、ほかのプログラムがデータベースを開いたままにしていないか確認してください。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpen</name>
    <message>
        <source>{path} cannot be read by this user. Make it readable (or copy it to a folder of your own) and open it again; it was not changed.</source>
        <translation>{path}はこのユーザーでは読み込めません。読み込めるようにする（または自分のフォルダーにコピーする）と、もう一度開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a Sakura Desktop database. To start a new one, delete it or choose another name (File &gt; New database, or `sakura-desktop demo --db PATH`); it was not changed.</source>
        <translation>{path}は空（0バイト）で、Sakura Desktop のデータベースではありません。新しく始めるには、このファイルを削除するか別の名前を選んでください（ファイル &gt; 新しいデータベース、または `sakura-desktop demo --db PATH`）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is not a Sakura Desktop database (it is not a SQLite file at all). Choose another file; this one was not changed.</source>
        <translation>{path}は Sakura Desktop のデータベースではありません（SQLite のファイルでもありません）。別のファイルを選んでください。このファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is read-only: Sakura Desktop writes every check-in and change into it. Make it writable or copy it to a folder you can write to and open the copy; it was not changed.</source>
        <translation>{path}は読み取り専用です。Sakura Desktop は受付や変更をすべてここに書き込みます。書き込み可能にするか、書き込めるフォルダーにコピーしてそのコピーを開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is read-only (its journal {journal} is): Sakura Desktop writes every check-in and change into it. Make it writable or copy it to a folder you can write to and open the copy; it was not changed.</source>
        <translation>{path}は読み取り専用です（ジャーナル {journal} が読み取り専用）。Sakura Desktop は受付や変更をすべてここに書き込みます。書き込み可能にするか、書き込めるフォルダーにコピーしてそのコピーを開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is in a folder this user cannot write to ({folder}): while the database is open SQLite keeps {name}-wal and {name}-shm beside it. Copy the database to a folder you can write to, or make this folder writable; it was not changed.</source>
        <translation>{path}はこのユーザーが書き込めないフォルダー（{folder}）にあります。データベースを開いている間、SQLite は隣に {name}-wal と {name}-shm を置きます。書き込めるフォルダーにデータベースをコピーするか、このフォルダーを書き込み可能にしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation>{path}を開けません：{reason}。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}. It was not changed.</source>
        <translation>{path}を読み込めません：{reason}。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is not a Sakura Desktop database (SQLite says: {reason}). Choose another file; this one was not changed.</source>
        <translation>{path}は Sakura Desktop のデータベースではありません（SQLite の報告：{reason}）。別のファイルを選んでください。このファイルは変更していません。</translation>
    </message>
    <message>
        <source>{where} holds tables but is not a Sakura Desktop database. Choose another file; this one was not changed.</source>
        <translation>{where}にはテーブルがありますが、Sakura Desktop のデータベースではありません。別のファイルを選んでください。このファイルは変更していません。</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Sakura Desktop (schema {revision}; this is version {version}, schema {head}). Install the newer version to open it; the file was not changed.</source>
        <translation>{where}は新しいバージョンの Sakura Desktop で書き込まれています（スキーマ {revision}。このアプリはバージョン {version}、スキーマ {head}）。開くには新しいバージョンをインストールしてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}はフォルダーで、データベースファイルではありません。</translation>
    </message>
    <message>
        <source>No database at {path}. Create one (File &gt; New database, or `sakura-desktop demo --db PATH`) or check the path.</source>
        <translation>{path}にデータベースがありません。作成する（ファイル &gt; 新しいデータベース、または `sakura-desktop demo --db PATH`）か、パスを確認してください。</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder cannot be made ({reason}). Choose a folder you can write to.</source>
        <translation>{path}を作成できません：フォルダーを作れません（{reason}）。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cannot create {path}: this user cannot write to the folder {folder}. Choose a folder you can write to.</source>
        <translation>{path}を作成できません：このユーザーはフォルダー{folder}に書き込めません。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cannot connect to {url}: {reason}</source>
        <translation>{url}に接続できません：{reason}</translation>
    </message>
    <message>
        <source>Cannot back up {path} before upgrading it ({reason}), so it was not upgraded and not changed. Free some disk space or copy it to a folder you can write to.</source>
        <translation>更新の前に{path}をバックアップできなかったため（{reason}）、更新せず、変更もしていません。ディスクの空きを増やすか、書き込めるフォルダーにコピーしてください。</translation>
    </message>
</context>
<context>
    <name>DelegationDialogs</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} を編集</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>新しい派遣団</translation>
    </message>
    <message>
        <source>An English country name or a two-letter code (TH, VN, KR …)</source>
        <translation>英語の国名または2文字の国コード（TH、VN、KR など）</translation>
    </message>
    <message>
        <source>No leader</source>
        <translation>引率者なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>派遣元の所属機関</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>引率者</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>A delegation with participants cannot be deleted: move them to another delegation first. The leader is chosen among the delegation&apos;s members.</source>
        <translation>参加者がいる派遣団は削除できません。先に参加者をほかの派遣団に移してください。引率者は派遣団のメンバーから選びます。</translation>
    </message>
    <message>
        <source>saving the delegation</source>
        <translation>派遣団の保存</translation>
    </message>
    <message>
        <source>Saving the delegation</source>
        <translation>派遣団を保存しています</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>派遣団の削除</translation>
    </message>
    <message>
        <source>Delete the delegation {0}?</source>
        <translation>派遣団 {0} を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>It has no participants. This cannot be undone.</source>
        <translation>参加者はいません。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>deleting the delegation</source>
        <translation>派遣団の削除</translation>
    </message>
    <message>
        <source>Deleting the delegation</source>
        <translation>派遣団を削除しています</translation>
    </message>
    <message>
        <source>loading the delegations</source>
        <translation>派遣団の読み込み</translation>
    </message>
    <message>
        <source>Loading delegations</source>
        <translation>派遣団を読み込んでいます</translation>
    </message>
</context>
<context>
    <name>ExportStationPackageDialog</name>
    <message>
        <source>Export station package</source>
        <translation>受付端末パッケージの書き出し</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>パッケージを書き出す</translation>
    </message>
    <message>
        <source>A station package lets another laptop check people in for &lt;b&gt;{0}&lt;/b&gt; without a network: it carries the participants, the schedule, the checkpoints, the badges and the scans so far. It holds personal data and the badge secret, encrypted with the passphrase below. Give the passphrase to the door staff separately: say it, never send it with the file.</source>
        <translation>受付端末パッケージを使うと、別のノートパソコンでネットワークなしに&lt;b&gt;{0}&lt;/b&gt;の受付ができます。参加者、日程、受付地点、名札、これまでのスキャンが含まれます。個人データと名札の秘密鍵を含むため、下のパスフレーズで暗号化されます。パスフレーズは受付担当者に別途伝えてください。口頭で伝え、ファイルと一緒に送らないでください。</translation>
    </message>
    <message>
        <source>at least {0} characters; a few words are easy to say</source>
        <translation>{0}文字以上。いくつかの単語を並べると伝えやすくなります</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>パスフレーズを表示</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A)：</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T)：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation>{0}文字以上のパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>パッケージの保存先を選んでください。</translation>
    </message>
    <message>
        <source>Open the program&apos;s database first.</source>
        <translation>先にプログラムのデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Writing the station package…</source>
        <translation>受付端末パッケージを書き出しています…</translation>
    </message>
    <message>
        <source>exporting the station package</source>
        <translation>受付端末パッケージの書き出し</translation>
    </message>
    <message>
        <source>Station package written</source>
        <translation>受付端末パッケージを書き出しました</translation>
    </message>
    <message>
        <source>Wrote the station package of {0} to {1}.</source>
        <translation>{0} の受付端末パッケージを {1} に書き出しました。</translation>
    </message>
    <message>
        <source>It holds {0}.

On the door&apos;s laptop: File &gt; Set up this laptop as a station…, choose this file and type the passphrase.</source>
        <translation>内容：{0}。

受付のノートパソコンで「ファイル」＞「このパソコンを受付端末に設定…」を選び、このファイルを指定してパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Sakura Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db *.sqlite *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
</context>
<context>
    <name>FolderSyncController</name>
    <message>
        <source>{0} was not merged: {1}</source>
        <translation>{0} は取り込まれませんでした：{1}</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>同期</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <source>expected</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>present</source>
        <translation>在場</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未着</translation>
    </message>
    <message>
        <source>Export missing list…</source>
        <translation>未着者リストを書き出す…</translation>
    </message>
    <message>
        <source>Print missing list…</source>
        <translation>未着者リストを印刷…</translation>
    </message>
    <message>
        <source>Where is everyone…</source>
        <translation>全員の所在…</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>{0} more inside who were not expected</source>
        <translation>予定外の入場者がほかに {0} 人</translation>
    </message>
    <message>
        <source>{0} checked out</source>
        <translation>退出 {0} 人</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>{0} 時点</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Before the week</source>
        <translation>受け入れ週の前に</translation>
    </message>
    <message>
        <source>Create the program (File &gt; New program): title, host, dates, time zone.</source>
        <translation>プログラムを作成します（ファイル &gt; 新しいプログラム）：名称、受け入れ機関、日程、タイムゾーン。</translation>
    </message>
    <message>
        <source>Import each delegation&apos;s roster (Participants &gt; Import): Excel or CSV, any language; the wizard shows what it understood before anything is saved.</source>
        <translation>各派遣団の名簿を取り込みます（参加者 &gt; 取り込み）：Excel でも CSV でも、どの言語でも構いません。保存する前に、読み取った内容をウィザードが表示します。</translation>
    </message>
    <message>
        <source>Build the schedule (Schedule): lectures, lab tours, meals and transfers; the conflicts panel names clashes of rooms, people and travel times.</source>
        <translation>日程を組みます（日程）：講義、研究室見学、食事、移動。重複パネルが部屋・人・移動時間の衝突を示します。</translation>
    </message>
    <message>
        <source>Print badges, notebooks, door signs and sign-in sheets (Print). Check the preview: every script is printed with its own font.</source>
        <translation>名札、実験ノート、案内表示、出席簿を印刷します（印刷）。プレビューで確認してください。どの文字もそれぞれに合ったフォントで印刷されます。</translation>
    </message>
    <message>
        <source>For each extra door, export a station package (File &gt; Export station package) and set up that laptop with it.</source>
        <translation>受付を増やす場合は、受付端末パッケージを書き出し（ファイル &gt; 受付端末パッケージを書き出す）、そのノートPCを設定します。</translation>
    </message>
    <message>
        <source>The first morning</source>
        <translation>初日の朝</translation>
    </message>
    <message>
        <source>Open Check-in, choose the arrival checkpoint and scan each badge. Green is welcome, amber needs a look, red stops.</source>
        <translation>受付画面を開き、到着の受付地点を選んで名札をスキャンします。緑は受付完了、黄は要確認、赤は受付できません。</translation>
    </message>
    <message>
        <source>Someone without a badge: type part of the name and press Enter. A lost badge is re-issued from Participants; the old one then scans red.</source>
        <translation>名札のない人は、氏名の一部を入力して Enter キーを押します。紛失した名札は参加者画面から再発行でき、古い名札は赤になります。</translation>
    </message>
    <message>
        <source>At every door</source>
        <translation>各受付で</translation>
    </message>
    <message>
        <source>Each station scans on its own, without a network. With a shared sync folder (Sync &gt; Choose sync folder) the stations exchange scans every few seconds; otherwise carry journals on a USB stick (Sync &gt; Export journal).</source>
        <translation>各受付端末はネットワークなしで単独でスキャンできます。共有の同期フォルダー（同期 &gt; 同期フォルダーを選択）があれば、端末どうしが数秒ごとに記録を交換します。ない場合は USB メモリで記録を運びます（同期 &gt; 記録を書き出す）。</translation>
    </message>
    <message>
        <source>The head count and the missing list show who is not yet in. Roll call (Ctrl+Shift+R) counts everyone on site in an emergency.</source>
        <translation>人数表示と未着者リストで、まだ来ていない人がわかります。緊急時は点呼（Ctrl+Shift+R）で現地の全員を確認します。</translation>
    </message>
    <message>
        <source>After the week</source>
        <translation>受け入れ週のあとに</translation>
    </message>
    <message>
        <source>Merge every station&apos;s journal, then print certificates and reports.</source>
        <translation>すべての受付端末の記録を取り込んでから、修了証とレポートを印刷します。</translation>
    </message>
    <message>
        <source>Keep the database and its backups private: they hold minors&apos; personal data. Purge personal data when the funder&apos;s report is done.</source>
        <translation>データベースとそのバックアップは他人に見せないでください。未成年者の個人情報が含まれます。助成機関への報告が終わったら、個人データを消去します。</translation>
    </message>
    <message>
        <source>Quick start: the week with {0}</source>
        <translation>クイックスタート：{0} で進める1週間</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>クイックスタート</translation>
    </message>
    <message>
        <source>Check-in: {0}</source>
        <translation>受付：{0}</translation>
    </message>
    <message>
        <source>Check-in: check in the scanned code or the name typed</source>
        <translation>受付：スキャンしたコードまたは入力した氏名で受付します</translation>
    </message>
    <message>
        <source>Check-in: clear the name search</source>
        <translation>受付：氏名検索を消去します</translation>
    </message>
    <message>
        <source>Sidebar: move between screens</source>
        <translation>サイドバー：画面を切り替えます</translation>
    </message>
    <message>
        <source>Move to the next field or button</source>
        <translation>次の入力欄やボタンへ移動します</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>働き</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <source>Everything stays on this laptop, readable by your user account only. Copy the database file (with its backups folder) to keep or move a week.</source>
        <translation>すべてのデータはこのノートPCに保存され、あなたのユーザーアカウントだけが読めます。保管や移動には、データベースファイルをバックアップフォルダーと一緒にコピーしてください。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Show this folder in the file manager</source>
        <translation>このフォルダーをファイルマネージャーで表示します</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Only the names of the changed fields are recorded, never their values.</source>
        <translation>記録されるのは変更された項目の名前だけで、値は記録されません。</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>履歴の読み込み</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>履歴を読み込んでいます</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>変更の記録はまだありません。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Schedule import</source>
        <translation>日程の取り込み</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} cannot be imported as it is: {1} problem(s).&lt;/b&gt;&lt;br&gt;Nothing was changed. Correct the file and import it again.</source>
        <translation>&lt;b&gt;{0} はこのままでは取り込めません（問題 {1} 件）。&lt;/b&gt;&lt;br&gt;何も変更されていません。ファイルを修正して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the roster file</source>
        <translation>名簿ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV (any encoding: UTF-8, Shift_JIS, GB18030/GBK, Big5, EUC-KR) or an Excel .xlsx workbook, with headers in English or Japanese. Title rows above the table and blank lines are skipped.</source>
        <translation>CSV（文字コードは UTF-8、Shift_JIS、GB18030/GBK、Big5、EUC-KR のいずれでも可）または Excel の .xlsx ブックで、見出しは英語でも日本語でもかまいません。表の上のタイトル行と空行は読み飛ばします。</translation>
    </message>
    <message>
        <source>The roster file</source>
        <translation>名簿ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込んでいます…</translation>
    </message>
    <message>
        <source>reading the roster</source>
        <translation>名簿の読み込み</translation>
    </message>
    <message>
        <source>{0}

Choose the reading in which the names look right:</source>
        <translation>{0}

氏名が正しく表示されている読み方を選んでください：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The first rows as they were read. Check that the names read right.</source>
        <translation>読み込んだ最初の数行です。氏名が正しく読めるか確認してください。</translation>
    </message>
    <message>
        <source>If the names look garbled, read the file as another encoding</source>
        <translation>氏名が文字化けしている場合は、別の文字コードで読み込みます</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>文字コード(&amp;R)：</translation>
    </message>
    <message>
        <source>{0} participant row</source>
        <translation>参加者 {0} 行</translation>
    </message>
    <message>
        <source>{0} participant rows</source>
        <translation>参加者 {0} 行</translation>
    </message>
    <message>
        <source>encoding &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>文字コード &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>separated by &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>区切り文字 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sheet &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>シート &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>header on row &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>見出しは &lt;b&gt;{0}&lt;/b&gt; 行目</translation>
    </message>
    <message>
        <source>({0} row above it skipped)</source>
        <translation>（その上の {0} 行は読み飛ばし）</translation>
    </message>
    <message>
        <source>({0} rows above it skipped)</source>
        <translation>（その上の {0} 行は読み飛ばし）</translation>
    </message>
    <message>
        <source>{0} (as read)</source>
        <translation>{0}（読み込み時）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Which participant field each column fills. Guessed from the headers (English, Japanese, Chinese, Korean) and from this program&apos;s last import; change any.</source>
        <translation>各列を参加者のどの項目として取り込むかです。見出し（英語・日本語・中国語・韓国語）と、このプログラムの前回の取り込みから推定しました。どれでも変更できます。</translation>
    </message>
    <message>
        <source>{1} of {0} column recognised.</source>
        <translation>{0} 列中 {1} 列を認識しました。</translation>
    </message>
    <message>
        <source>{1} of {0} columns recognised.</source>
        <translation>{0} 列中 {1} 列を認識しました。</translation>
    </message>
    <message>
        <source>This program&apos;s saved mapping was applied to {0} column.</source>
        <translation>このプログラムで保存された対応付けを {0} 列に適用しました。</translation>
    </message>
    <message>
        <source>This program&apos;s saved mapping was applied to {0} columns.</source>
        <translation>このプログラムで保存された対応付けを {0} 列に適用しました。</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS（日本語）</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese, simplified)</source>
        <translation>GB18030 / GBK（中国語 簡体字）</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5（中国語 繁体字）</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR（韓国語）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>The roster is in the program.</source>
        <translation>名簿をプログラムに取り込みました。</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>新しい参加者</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Every row checked against the rules and this program&apos;s participants.</source>
        <translation>すべての行を、規則とこのプログラムの参加者に照らして確認しました。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>Checking the roster</source>
        <translation>名簿を確認しています</translation>
    </message>
    <message>
        <source>checking the roster</source>
        <translation>名簿の確認</translation>
    </message>
    <message>
        <source>New delegations: {0}.</source>
        <translation>新しい派遣団：{0}。</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <source>{0} problem</source>
        <translation>{0} 件の問題</translation>
    </message>
    <message>
        <source>{0} problems</source>
        <translation>{0} 件の問題</translation>
    </message>
    <message>
        <source>{0} in {1}, listed below with the row and column in the file. Correct the file and import it again, or import only the valid rows.</source>
        <translation>{1}に{0}があります（下にファイルの行と列を示します）。ファイルを修正してもう一度取り込むか、有効な行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Import only the valid rows ({0}); skip the {1} with errors</source>
        <translation>有効な行（{0} 行）だけを取り込み、エラーのある {1}は読み飛ばす</translation>
    </message>
    <message>
        <source>No row can be imported: correct the file and try again.</source>
        <translation>取り込める行がありません。ファイルを修正してもう一度お試しください。</translation>
    </message>
    <message>
        <source>{0} row</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>Writing in one transaction: if you cancel, nothing is written.</source>
        <translation>1つのトランザクションで書き込みます。キャンセルした場合は何も書き込まれません。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取り込みをキャンセル</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>もう一度取り込む</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} を取り込んでいます…</translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation>名簿を取り込んでいます</translation>
    </message>
    <message>
        <source>Stopping: rolling back…</source>
        <translation>中止しています：元に戻しています…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>取り込みをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>importing the roster</source>
        <translation>名簿の取り込み</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Skipped rows (errors)</source>
        <translation>読み飛ばした行（エラー）</translation>
    </message>
    <message>
        <source>{source}: {0} row read.</source>
        <translation>{source}：{0} 行を読み込みました。</translation>
    </message>
    <message>
        <source>{source}: {0} rows read.</source>
        <translation>{source}：{0} 行を読み込みました。</translation>
    </message>
    <message>
        <source>Delegations created: {0}.</source>
        <translation>作成した派遣団：{0}。</translation>
    </message>
    <message>
        <source>Skipped rows (not imported): {0}.</source>
        <translation>読み飛ばした行（取り込まず）：{0}。</translation>
    </message>
    <message>
        <source>The column mapping was saved: the next file from this program with the same headers is mapped the same way. Importing the same file again updates, never duplicates.</source>
        <translation>列の対応付けを保存しました。このプログラムで同じ見出しのファイルを次に取り込むときも同じように対応付けます。同じファイルをもう一度取り込んでも更新されるだけで、重複はしません。</translation>
    </message>
    <message>
        <source>Import a roster — {0}</source>
        <translation>名簿の取り込み — {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>{0} を読み込んでいます</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>値の例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Check the database</source>
        <translation>データベースの検査</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>The check reads a database file (or a shared database): open it with File &gt; Open database.</source>
        <translation>検査はデータベースファイル（または共有データベース）を読み取ります。「ファイル」＞「データベースを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} を検査しています…</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>データベースの検査</translation>
    </message>
    <message>
        <source>Sakura Desktop itself never writes this (the file was edited by another tool or damaged): restore the newest backup that passes this check, or send the file to whoever looks after Sakura Desktop.</source>
        <translation>Sakura Desktop 自身がこのような書き込みをすることはありません（ファイルがほかのツールで編集されたか、破損しています）。このチェックに合格する最新のバックアップを復元するか、ファイルを Sakura Desktop の担当者に送ってください。</translation>
    </message>
    <message>
        <source>{count} program</source>
        <translation>{count}件のプログラム</translation>
    </message>
    <message>
        <source>{count} programs</source>
        <translation>{count}件のプログラム</translation>
    </message>
    <message>
        <source>{count} participant</source>
        <translation>参加者{count}名</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>参加者{count}名</translation>
    </message>
    <message>
        <source>{count} check-in event</source>
        <translation>受付記録{count}件</translation>
    </message>
    <message>
        <source>{count} check-in events</source>
        <translation>受付記録{count}件</translation>
    </message>
    <message>
        <source>{count} badge</source>
        <translation>名札{count}枚</translation>
    </message>
    <message>
        <source>{count} badges</source>
        <translation>名札{count}枚</translation>
    </message>
    <message>
        <source>{count} station</source>
        <translation>受付端末{count}台</translation>
    </message>
    <message>
        <source>{count} stations</source>
        <translation>受付端末{count}台</translation>
    </message>
    <message>
        <source>{count} problem</source>
        <translation>{count}件の問題</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count}件の問題</translation>
    </message>
    <message>
        <source>{count} scan</source>
        <translation>スキャン{count}件</translation>
    </message>
    <message>
        <source>{count} scans</source>
        <translation>スキャン{count}件</translation>
    </message>
    <message>
        <source>{count} number</source>
        <translation>{count}個の番号</translation>
    </message>
    <message>
        <source>{count} numbers</source>
        <translation>{count}個の番号</translation>
    </message>
    <message>
        <source>{count} fault</source>
        <translation>{count}件の異常</translation>
    </message>
    <message>
        <source>{count} faults</source>
        <translation>{count}件の異常</translation>
    </message>
    <message>
        <source>the file is damaged, so its contents were not checked</source>
        <translation>ファイルが破損しているため、内容はチェックしていません</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{counts} checked, with SQLite&apos;s integrity and foreign-key checks</source>
        <translation>{counts}をチェックしました（SQLite の整合性チェックと外部キーチェックを含む）</translation>
    </message>
    <message>
        <source>{counts} checked; SQLite&apos;s integrity and foreign-key checks do not apply to this database server and were skipped</source>
        <translation>{counts}をチェックしました。SQLite の整合性チェックと外部キーチェックはこのデータベースサーバーには適用されないため、省略しました</translation>
    </message>
    <message>
        <source>No problems found: {summary}.</source>
        <translation>問題は見つかりませんでした：{summary}。</translation>
    </message>
    <message>
        <source>{found} found: {summary}.</source>
        <translation>{found}が見つかりました：{summary}。</translation>
    </message>
    <message>
        <source>…and {count} more problems of the same kind as the above.</source>
        <translation>…ほかに上と同じ種類の問題が{count}件あります。</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>program id {id} (which does not exist)</source>
        <translation>プログラムID {id}（存在しません）</translation>
    </message>
    <message>
        <source>{name} (id {id})</source>
        <translation>{name}（ID {id}）</translation>
    </message>
    <message>
        <source>an unidentified code</source>
        <translation>識別できないコード</translation>
    </message>
    <message>
        <source>participant id {id}</source>
        <translation>参加者ID {id}</translation>
    </message>
    <message>
        <source>A row breaks one of the database&apos;s own rules (SQLite says: {fault}). {restore}</source>
        <translation>データベース自身の規則に反する行があります（SQLite の報告：{fault}）。{restore}</translation>
    </message>
    <message>
        <source>{faults} (in {tables})</source>
        <translation>{faults}（{tables}内）</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>The database file is damaged: SQLite&apos;s integrity check found {found}, the first: {first}. Some rows may be lost or wrong, so its contents were not checked further. Stop using this file: copy it aside, then restore the newest backup (the &apos;-backups&apos; folder beside the database) and check that one.</source>
        <translation>データベースファイルが破損しています。SQLite の整合性チェックで{found}が見つかりました（最初のもの：{first}）。失われた行や誤った行があるおそれがあるため、内容はこれ以上チェックしていません。このファイルの使用を中止し、別の場所にコピーしてから、最新のバックアップ（データベースの隣の「-backups」フォルダー）を復元して、それをチェックしてください。</translation>
    </message>
    <message>
        <source>SQLite could not check the references between rows: {error}. {restore}</source>
        <translation>SQLite が行どうしの参照をチェックできませんでした：{error}。{restore}</translation>
    </message>
    <message>
        <source>Row {row} of the table {table} names, in its column {column}, a row of {parent} that does not exist. {restore}</source>
        <translation>テーブル {table} の行 {row} の列 {column} が、{parent} の存在しない行を指しています。{restore}</translation>
    </message>
    <message>
        <source>Checking the schema&apos;s guards…</source>
        <translation>スキーマの保護をチェックしています…</translation>
    </message>
    <message>
        <source>the schema&apos;s guards</source>
        <translation>スキーマの保護</translation>
    </message>
    <message>
        <source>Checking the scans…</source>
        <translation>スキャンをチェックしています…</translation>
    </message>
    <message>
        <source>the scans</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Checking the links between programs…</source>
        <translation>プログラム間のつながりをチェックしています…</translation>
    </message>
    <message>
        <source>the links between programs</source>
        <translation>プログラム間のつながり</translation>
    </message>
    <message>
        <source>Checking the undone scans…</source>
        <translation>取り消されたスキャンをチェックしています…</translation>
    </message>
    <message>
        <source>the undone scans</source>
        <translation>取り消されたスキャン</translation>
    </message>
    <message>
        <source>Checking the badges…</source>
        <translation>名札をチェックしています…</translation>
    </message>
    <message>
        <source>the badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>Checking admissions…</source>
        <translation>入場記録をチェックしています…</translation>
    </message>
    <message>
        <source>admissions</source>
        <translation>入場記録</translation>
    </message>
    <message>
        <source>Checking the stations…</source>
        <translation>受付端末をチェックしています…</translation>
    </message>
    <message>
        <source>the stations</source>
        <translation>受付端末</translation>
    </message>
    <message>
        <source>Checking the file (SQLite integrity check)…</source>
        <translation>ファイルをチェックしています（SQLite 整合性チェック）…</translation>
    </message>
    <message>
        <source>Checking the file (foreign keys)…</source>
        <translation>ファイルをチェックしています（外部キー）…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Could not read {what}: the database answered {answer}. The file may be damaged: restore the newest backup that passes this check, or send the file to whoever looks after Sakura Desktop.</source>
        <translation>{what}を読み込めませんでした（データベースの応答：{answer}）。ファイルが破損しているおそれがあります。このチェックに合格する最新のバックアップを復元するか、ファイルを Sakura Desktop の担当者に送ってください。</translation>
    </message>
    <message>
        <source>Could not check {what}: a value there is not of the kind Sakura Desktop writes ({error}). {restore}</source>
        <translation>{what}をチェックできませんでした。Sakura Desktop が書き込む種類ではない値があります（{error}）。{restore}</translation>
    </message>
    <message>
        <source>one live badge per person</source>
        <translation>1人につき有効な名札は1枚であること</translation>
    </message>
    <message>
        <source>two badges of one person could both open doors</source>
        <translation>同じ人の2枚の名札がどちらも入口を通れるおそれがあります</translation>
    </message>
    <message>
        <source>each station numbering each scan once</source>
        <translation>各受付端末がスキャンに番号を一度だけ付けること</translation>
    </message>
    <message>
        <source>a station&apos;s journal can no longer be checked for missing scans</source>
        <translation>受付端末の記録でスキャンの欠落を確認できなくなっています</translation>
    </message>
    <message>
        <source>scans never being changed after the fact</source>
        <translation>スキャンが後から変更されないこと</translation>
    </message>
    <message>
        <source>a scan could be rewritten instead of undone</source>
        <translation>スキャンが取り消しではなく書き換えられるおそれがあります</translation>
    </message>
    <message>
        <source>The database has lost its guard for {guard}, so {risk}. {restore}</source>
        <translation>データベースから「{guard}」を守る仕組みが失われているため、{risk}。{restore}</translation>
    </message>
    <message>
        <source>checkpoint id {id}</source>
        <translation>受付地点ID {id}</translation>
    </message>
    <message>
        <source>station id {id}</source>
        <translation>受付端末ID {id}</translation>
    </message>
    <message>
        <source>the undo of a scan of {person} at {checkpoint} (scanned {when} at station {station}, event {event})</source>
        <translation>{checkpoint}での{person}のスキャンの取り消し（{when}、受付端末 {station} でスキャン、イベント {event}）</translation>
    </message>
    <message>
        <source>the scan of {person} at {checkpoint} (scanned {when} at station {station}, event {event})</source>
        <translation>{checkpoint}での{person}のスキャン（{when}、受付端末 {station} でスキャン、イベント {event}）</translation>
    </message>
    <message>
        <source>In {program}, {event} cannot count: participant id {id} does not exist. {restore}</source>
        <translation>{program}：{event}は数えられません。参加者ID {id} は存在しません。{restore}</translation>
    </message>
    <message>
        <source>In {program}, {event} cannot count: the person belongs to {other}, not to {program}. {restore}</source>
        <translation>{program}：{event}は数えられません。この人は{program}ではなく{other}の参加者です。{restore}</translation>
    </message>
    <message>
        <source>In {program}, {event} cannot count: checkpoint id {checkpoint} does not exist. {restore}</source>
        <translation>{program}：{event}は数えられません。受付地点ID {checkpoint} は存在しません。{restore}</translation>
    </message>
    <message>
        <source>In {program}, {event} cannot count: the checkpoint belongs to {other}, not to {program}. {restore}</source>
        <translation>{program}：{event}は数えられません。この受付地点は{program}ではなく{other}のものです。{restore}</translation>
    </message>
    <message>
        <source>In {program}, participant {name} (id {id}) is in the delegation {delegation} of {other}: the two weeks are mixed up. {restore}</source>
        <translation>{program}：参加者 {name}（ID {id}）が{other}の派遣団 {delegation} に入っています。2つのプログラムが混在しています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, participant {name} (id {id}) is in the team {team} of {other}: the two weeks are mixed up. {restore}</source>
        <translation>{program}：参加者 {name}（ID {id}）が{other}のチーム {team} に入っています。2つのプログラムが混在しています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, the checkpoint {checkpoint} counts the session {session} of {other}: the two weeks are mixed up. {restore}</source>
        <translation>{program}：受付地点 {checkpoint} が{other}のセッション {session} を数えています。2つのプログラムが混在しています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, the session {session} is meant for the team {team} of {other}: the two weeks are mixed up. {restore}</source>
        <translation>{program}：セッション {session} の対象が{other}のチーム {team} になっています。2つのプログラムが混在しています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, the session {session} is meant for the delegation {delegation} of {other}: the two weeks are mixed up. {restore}</source>
        <translation>{program}：セッション {session} の対象が{other}の派遣団 {delegation} になっています。2つのプログラムが混在しています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, the session {session} is meant for participant id {id} of {other}: the two weeks are mixed up. {restore}</source>
        <translation>{program}：セッション {session} の対象が{other}の参加者ID {id} になっています。2つのプログラムが混在しています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, {undo} is wrong: the scan it undoes (event {event}) does not exist. {restore}</source>
        <translation>{program}：{undo}が誤っています。取り消す対象のスキャン（イベント {event}）が存在しません。{restore}</translation>
    </message>
    <message>
        <source>In {program}, {undo} is wrong: it undoes event {event}, which is not a scan. {restore}</source>
        <translation>{program}：{undo}が誤っています。取り消す対象のイベント {event} はスキャンではありません。{restore}</translation>
    </message>
    <message>
        <source>In {program}, {undo} is wrong: it undoes event {event}, a scan of another person, checkpoint or program. {restore}</source>
        <translation>{program}：{undo}が誤っています。取り消す対象のイベント {event} は、別の人・受付地点・プログラムのスキャンです。{restore}</translation>
    </message>
    <message>
        <source>The badge secret of {program} is {length} bytes long instead of {expected}: it was altered, so badges printed before do not scan (the doors call them forged). {restore}</source>
        <translation>{program}の名札の秘密鍵が{expected}バイトではなく{length}バイトです。改変されているため、以前に印刷した名札は読み取れません（入口では偽造と判定されます）。{restore}</translation>
    </message>
    <message>
        <source>{badges} (#{serial}…) belong to participant id {id}, who does not exist. {restore}</source>
        <translation>{badges}（#{serial}…）が存在しない参加者ID {id} のものになっています。{restore}</translation>
    </message>
    <message>
        <source>In {program}, badge #{serial} of {person} {fault}. {restore}</source>
        <translation>{program}：{person}の名札 #{serial} は{fault}。{restore}</translation>
    </message>
    <message>
        <source> and </source>
        <translation>・</translation>
    </message>
    <message>
        <source>In {program}, {person} has {count} live badges ({serials}): a lost badge would still open doors. {restore}</source>
        <translation>{program}：{person}に有効な名札が{count}枚あります（{serials}）。紛失した名札でも入口を通れてしまいます。{restore}</translation>
    </message>
    <message>
        <source>In {program}, the live badge #{live} of {person} is older than their revoked badge #{newest}, so the doors refuse every badge of theirs. Re-issue their badge (it revokes the old ones) and print the new one.</source>
        <translation>{program}：{person}の有効な名札 #{live} が、無効にした名札 #{newest} より古いため、この人の名札はすべて入口で拒否されます。名札を再発行し（古い名札は無効になります）、新しい名札を印刷してください。</translation>
    </message>
    <message>
        <source>belongs to a program that does not exist</source>
        <translation>存在しないプログラムのものです</translation>
    </message>
    <message>
        <source>has a number the badge code cannot hold (1 to {highest}), so it cannot be printed</source>
        <translation>名札コードに収まらない番号（1～{highest}の範囲外）のため、印刷できません</translation>
    </message>
    <message>
        <source>belongs to a row id the badge code cannot hold, so it cannot be printed</source>
        <translation>名札コードに収まらない行IDのものであるため、印刷できません</translation>
    </message>
    <message>
        <source>does not verify under its program&apos;s secret</source>
        <translation>プログラムの秘密鍵で検証できません</translation>
    </message>
    <message>
        <source>In {program}, {person} (id {id}) was admitted twice at {checkpoint} by the same station {station} ({first} and {second}, event {event}) with no check-out between, which the station&apos;s lock should make impossible. The person still counts once; send the file to whoever looks after Sakura Desktop.</source>
        <translation>{program}：{person}（ID {id}）が{checkpoint}で同じ受付端末 {station} により、間に退出なしで2回入場しています（{first}と{second}、イベント {event}）。受付端末のロックにより本来は起こりません。この人は1回として数えられます。ファイルを Sakura Desktop の担当者に送ってください。</translation>
    </message>
    <message>
        <source>In {program}, {person} (id {id}) was checked out twice at {checkpoint} by the same station {station} ({first} and {second}, event {event}) with no check-in between, which the station&apos;s lock should make impossible. The person still counts once; send the file to whoever looks after Sakura Desktop.</source>
        <translation>{program}：{person}（ID {id}）が{checkpoint}で同じ受付端末 {station} により、間に受付なしで2回退出しています（{first}と{second}、イベント {event}）。受付端末のロックにより本来は起こりません。この人は1回として数えられます。ファイルを Sakura Desktop の担当者に送ってください。</translation>
    </message>
    <message>
        <source>In {program}, {scans} were recorded by stations working apart after another station had already counted the person (merged duplicates, e.g. {person} at {checkpoint}, {label}). Each counts once and is shown in Sync; nothing to do.</source>
        <translation>{program}：別の受付端末がすでに数えた人について、離れて動作していた受付端末が{scans}を記録しました（同期で統合された重複。例：{checkpoint}の{person}、{label}）。いずれも1回として数えられ、「同期」に表示されます。対応は不要です。</translation>
    </message>
    <message>
        <source>In {program}, {scans} was recorded by stations working apart after another station had already counted the person (merged duplicates, e.g. {person} at {checkpoint}, {label}). It counts once and is shown in Sync; nothing to do.</source>
        <translation>{program}：別の受付端末がすでに数えた人について、離れて動作していた受付端末が{scans}を記録しました（同期で統合された重複。例：{checkpoint}の{person}、{label}）。1回として数えられ、「同期」に表示されます。対応は不要です。</translation>
    </message>
    <message>
        <source>Station {station} has numbered its scans up to {last}, but holds scans numbered up to {highest}, so its next scan would be refused. {restore}</source>
        <translation>受付端末 {station} はスキャンに{last}まで番号を付けたことになっていますが、{highest}までの番号のスキャンを持っているため、次のスキャンは拒否されます。{restore}</translation>
    </message>
    <message>
        <source>Station {station} gave {numbers} to more than one of its scans, so its journal can no longer be checked for missing scans. {restore}</source>
        <translation>受付端末 {station} が{numbers}をそれぞれ複数のスキャンに付けているため、その記録でスキャンの欠落を確認できなくなっています。{restore}</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Problem: {0}</source>
        <translation>問題：{0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>注記：{0}</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <source>Sakura Desktop journals (*{0});;All files (*)</source>
        <translation>Sakura Desktop の記録 (*{0});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>{0} new scans, {1} already known, {2} duplicates</source>
        <translation>新しいスキャン {0} 件、取り込み済み {1} 件、重複 {2} 件</translation>
    </message>
    <message>
        <source>, {0} files refused</source>
        <translation>、受け付けなかったファイル {0} 件</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>{0}: refused. {1}</source>
        <translation>{0}：受け付けませんでした。{1}</translation>
    </message>
    <message>
        <source>{0}: {1} new, {2} already known, {3} duplicates. {4}</source>
        <translation>{0}：新規 {1} 件、取り込み済み {2} 件、重複 {3} 件。{4}</translation>
    </message>
    <message>
        <source>Journals</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Open a database and choose a program first.</source>
        <translation>先にデータベースを開き、プログラムを選んでください。</translation>
    </message>
    <message>
        <source>Export this station&apos;s journal</source>
        <translation>この受付端末の記録を書き出す</translation>
    </message>
    <message>
        <source>exporting the journal</source>
        <translation>記録の書き出し</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>受付端末なし</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>記録を書き出しました</translation>
    </message>
    <message>
        <source>Wrote {0} scans of {1} to {2}.</source>
        <translation>{1} のスキャン {0} 件を {2} に書き出しました。</translation>
    </message>
    <message>
        <source>Carry it to the other laptops and import it there (Sync &gt; Import journals…). It is in {0}, readable by you only.</source>
        <translation>このファイルを他のノートPCに持って行き、そこで取り込んでください（同期 &gt; 記録を取り込む…）。保存先は {0} で、あなただけが読めます。</translation>
    </message>
    <message>
        <source>Import journals from other stations</source>
        <translation>他の受付端末の記録を取り込む</translation>
    </message>
    <message>
        <source>importing journals</source>
        <translation>記録の取り込み</translation>
    </message>
    <message>
        <source>Journals imported</source>
        <translation>記録を取り込みました</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Leader · phone</source>
        <translation>引率者・電話</translation>
    </message>
    <message>
        <source>Seats needed: {needed} (bus capacity not given)</source>
        <translation>必要な座席：{needed}（バスの定員は未登録）</translation>
    </message>
    <message>
        <source>Seats needed: {needed} of {capacity}: {over} WITHOUT A SEAT, book another vehicle</source>
        <translation>必要な座席：{needed}／定員 {capacity}：{over} 人分の座席が不足しています。別の車両を手配してください</translation>
    </message>
    <message>
        <source>Seats needed: {needed} of {capacity} ({spare} spare)</source>
        <translation>必要な座席：{needed}／定員 {capacity}（空席 {spare}）</translation>
    </message>
    <message>
        <source>sheet {page} of {pages}</source>
        <translation>{pages} 枚中 {page} 枚目</translation>
    </message>
    <message>
        <source>Counted on board: {0}    Checked by: {1}    Departed at: {0}</source>
        <translation>乗車人数：{0}    確認者：{1}    出発時刻：{0}</translation>
    </message>
    <message>
        <source>Transfer manifests</source>
        <translation>移動の乗車名簿</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>New &amp;database…</source>
        <translation>新しいデータベース(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>空のデータベースファイルを新しく作成します</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>データベースファイルを開きます</translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation>新しいプログラム(&amp;P)…</translation>
    </message>
    <message>
        <source>Add an exchange week to the open database</source>
        <translation>開いているデータベースに交流プログラム（1週間）を追加します</translation>
    </message>
    <message>
        <source>&amp;Export station package…</source>
        <translation>受付端末パッケージを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Seal the program into an encrypted file that sets up another laptop as a door</source>
        <translation>プログラムを暗号化ファイルにまとめ、別のノートPCを受付端末として設定できるようにします</translation>
    </message>
    <message>
        <source>Set up this laptop as a s&amp;tation…</source>
        <translation>このノートPCを受付端末に設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Create this laptop&apos;s check-in database from a station package</source>
        <translation>受付端末パッケージから、このノートPCの受付用データベースを作成します</translation>
    </message>
    <message>
        <source>&amp;Check the database…</source>
        <translation>データベースを検査(&amp;C)…</translation>
    </message>
    <message>
        <source>Look for damage and broken rules in the open database (nothing is changed)</source>
        <translation>開いているデータベースの破損や規則違反を調べます（何も変更しません）</translation>
    </message>
    <message>
        <source>&amp;Purge personal data…</source>
        <translation>個人データを消去(&amp;P)…</translation>
    </message>
    <message>
        <source>After the week: remove names, contacts and medical notes; keep statistics</source>
        <translation>研修終了後：氏名・連絡先・医療メモを消去し、統計のみ残します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>{0} について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>Write this station&apos;s journal to the sync folder and merge the other stations&apos;</source>
        <translation>この受付端末の記録を同期フォルダーに書き出し、他の端末の記録を取り込みます</translation>
    </message>
    <message>
        <source>&amp;Choose sync folder…</source>
        <translation>同期フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>The folder (USB stick, network share, synced folder) where stations swap journals</source>
        <translation>受付端末どうしが記録を交換するフォルダー（USBメモリ、共有フォルダー、同期フォルダー）</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>記録を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this station&apos;s scans to a journal file to carry to another laptop</source>
        <translation>この端末のスキャン記録をファイルに書き出し、別のノートPCへ持ち運べるようにします</translation>
    </message>
    <message>
        <source>&amp;Import journals…</source>
        <translation>記録を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge journal files from other stations (any order, again and again: no double)</source>
        <translation>他の端末の記録ファイルを取り込みます（順番は自由、何度取り込んでも重複しません）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>クイックスタート(&amp;Q)</translation>
    </message>
    <message>
        <source>The week step by step: before, the first morning, every door, after</source>
        <translation>受け入れ週の手順：事前準備、初日の朝、各受付、終了後</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key that does something, in one list</source>
        <translation>使えるキー操作の一覧</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>データの保存場所(&amp;W)</translation>
    </message>
    <message>
        <source>The folders of the database, its backups, the settings and the log</source>
        <translation>データベース、バックアップ、設定、ログのフォルダー</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the open database into its backups folder now</source>
        <translation>開いているデータベースを今すぐバックアップフォルダーにコピーします</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>List the open database&apos;s backups and put one back (it is backed up first)</source>
        <translation>開いているデータベースのバックアップを一覧し、そのひとつに戻します（現在の状態を先にバックアップします）</translation>
    </message>
    <message>
        <source>Roll call &amp;now</source>
        <translation>今すぐ点呼(&amp;N)</translation>
    </message>
    <message>
        <source>Start an emergency roll call of everyone on site, at every station</source>
        <translation>すべての受付端末で、現地にいる全員の緊急点呼を始めます</translation>
    </message>
    <message>
        <source>&amp;Show open roll calls</source>
        <translation>実施中の点呼を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Roll call</source>
        <translation>点呼(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The details were written to {0}.</source>
        <translation>詳細は {0} に記録されました。</translation>
    </message>
    <message>
        <source>The details were written to the log.</source>
        <translation>詳細はログに記録されました。</translation>
    </message>
    <message>
        <source>Something went wrong while {0}. Nothing you entered was lost: save or close your work and try again. {1} Please send that file to whoever looks after Sakura Desktop.</source>
        <translation>{0}中に問題が発生しました。入力した内容は失われていません。作業を保存するか閉じてから、もう一度お試しください。{1}そのファイルを Sakura Desktop の管理担当者に送ってください。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you entered was lost: save or close your work and try again. {0} Please send that file to whoever looks after Sakura Desktop.</source>
        <translation>問題が発生しました。入力した内容は失われていません。作業を保存するか閉じてから、もう一度お試しください。{0}そのファイルを Sakura Desktop の管理担当者に送ってください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source> · station {0}</source>
        <translation> · 受付端末 {0}</translation>
    </message>
    <message>
        <source>Nobody is missing.</source>
        <translation>未着者はいません。</translation>
    </message>
    <message>
        <source>Missing at {0}</source>
        <translation>未着者：{0}</translation>
    </message>
    <message>
        <source>As of {when}{station} — expected {expected}, present {present}, &lt;b&gt;missing {missing}&lt;/b&gt;</source>
        <translation>{when} 時点{station} — 予定 {expected} 人、在場 {present} 人、&lt;b&gt;未着 {missing} 人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後の確認</translation>
    </message>
    <message>
        <source>Teacher / contact</source>
        <translation>引率教員・連絡先</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>新しいプログラム</translation>
    </message>
    <message>
        <source>A program is one exchange week. You can add delegations, participants and the schedule once it exists.</source>
        <translation>プログラムは1回の交流週間です。作成後に派遣団、参加者、日程を追加できます。</translation>
    </message>
    <message>
        <source>for example SSP-2026-07</source>
        <translation>例：SSP-2026-07</translation>
    </message>
    <message>
        <source>for example Sakura Science Exchange, July 2026</source>
        <translation>例：さくらサイエンス交流 2026年7月</translation>
    </message>
    <message>
        <source>the host university or institute</source>
        <translation>受け入れ大学・研究機関</translation>
    </message>
    <message>
        <source>one per line, for example:
Main campus
Hotel Sakura</source>
        <translation>1行に1つ。例：
メインキャンパス
ホテルさくら</translation>
    </message>
    <message>
        <source>The places the week happens. Venues (halls, labs) and travel times between sites are added on the Schedule screen.</source>
        <translation>プログラムを行う場所です。会場（ホール、研究室）や会場（拠点）間の移動時間は「日程」画面で追加します。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Host institution:</source>
        <translation>受け入れ機関：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>初日：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>最終日：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン：</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>会場（拠点）：</translation>
    </message>
    <message>
        <source>Create program</source>
        <translation>プログラムを作成</translation>
    </message>
    <message>
        <source>creating the program</source>
        <translation>プログラムの作成</translation>
    </message>
</context>
<context>
    <name>NotebookEditorDialog</name>
    <message>
        <source>&lt;b&gt;# Title&lt;/b&gt; first line · &lt;b&gt;Lecturer:&lt;/b&gt; name · &lt;b&gt;## Section&lt;/b&gt; (Safety and Questions get their own look) · &lt;b&gt;- &lt;/b&gt;bullet · &lt;b&gt;1.&lt;/b&gt; numbered step · &lt;b&gt;| a | b |&lt;/b&gt; table (first row is the header) · &lt;b&gt;[image: FILE | caption]&lt;/b&gt; · &lt;b&gt;[graph: X / Y]&lt;/b&gt; · &lt;b&gt;[lines: N]&lt;/b&gt; · &lt;b&gt;[autograph]&lt;/b&gt; · &lt;b&gt;[page]&lt;/b&gt;</source>
        <translation>&lt;b&gt;# Title&lt;/b&gt; 1行目にタイトル · &lt;b&gt;Lecturer:&lt;/b&gt; 講師名 · &lt;b&gt;## Section&lt;/b&gt; 見出し（Safety と Questions は専用の体裁） · &lt;b&gt;- &lt;/b&gt;箇条書き · &lt;b&gt;1.&lt;/b&gt; 番号付きの手順 · &lt;b&gt;| a | b |&lt;/b&gt; 表（1行目が見出し） · &lt;b&gt;[image: FILE | caption]&lt;/b&gt; 画像 · &lt;b&gt;[graph: X / Y]&lt;/b&gt; グラフ · &lt;b&gt;[lines: N]&lt;/b&gt; 罫線 · &lt;b&gt;[autograph]&lt;/b&gt; サイン欄 · &lt;b&gt;[page]&lt;/b&gt; 改ページ</translation>
    </message>
    <message>
        <source>Experiment notebooks</source>
        <translation>実験ノート</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Import .txt…</source>
        <translation>.txt を取り込む…</translation>
    </message>
    <message>
        <source>Export .txt…</source>
        <translation>.txt に書き出す…</translation>
    </message>
    <message>
        <source>&amp;Notebook:</source>
        <translation>実験ノート(&amp;N)：</translation>
    </message>
    <message>
        <source>Line {0}, column {1}</source>
        <translation>{0} 行目、{1} 列目</translation>
    </message>
    <message>
        <source>The preview appears when the text reads without problems.</source>
        <translation>本文に問題がなくなると、プレビューが表示されます。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>loading the notebooks</source>
        <translation>実験ノートの読み込み</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>実験ノート</translation>
    </message>
    <message>
        <source>Loading notebooks</source>
        <translation>実験ノートを読み込んでいます</translation>
    </message>
    <message>
        <source>(new notebook, not saved yet)</source>
        <translation>（新しい実験ノート・未保存）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>This notebook has changes that are not saved.</source>
        <translation>この実験ノートには保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>The preview shows the last version that read without problems.</source>
        <translation>プレビューには、問題なく読めた最後の版が表示されています。</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>{0} 行目：{1}</translation>
    </message>
    <message>
        <source>1 problem (first on line {0}): the notebook cannot be saved until the text reads.</source>
        <translation>問題が 1 件あります（最初は {0} 行目）。本文が正しく読めるまで実験ノートは保存できません。</translation>
    </message>
    <message>
        <source>{0} problems (first on line {1}): the notebook cannot be saved until the text reads.</source>
        <translation>問題が {0} 件あります（最初は {1} 行目）。本文が正しく読めるまで実験ノートは保存できません。</translation>
    </message>
    <message>
        <source>The text reads without problems.</source>
        <translation>本文に問題はありません。</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>プレビューを更新しています…</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>As printed for {0}: {1} pages (A4). Updated {2}.</source>
        <translation>{0} さん向けの印刷イメージ：{1} ページ（A4）。{2} 更新。</translation>
    </message>
    <message>
        <source>rendering the preview</source>
        <translation>プレビューの作成</translation>
    </message>
    <message>
        <source>Notebook preview</source>
        <translation>実験ノートのプレビュー</translation>
    </message>
    <message>
        <source>Fix the problems listed under the text first</source>
        <translation>先に本文の下に表示された問題を直してください</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>「{0}」を保存しました。</translation>
    </message>
    <message>
        <source>saving the notebook</source>
        <translation>実験ノートの保存</translation>
    </message>
    <message>
        <source>Saving the notebook</source>
        <translation>実験ノートを保存しています</translation>
    </message>
    <message>
        <source>The title is now “{0}”. Saving creates a new notebook with that title; “{1}” stays as it is.</source>
        <translation>タイトルが「{0}」に変わりました。保存すると、このタイトルで新しい実験ノートが作られます。「{1}」はそのまま残ります。</translation>
    </message>
    <message>
        <source>The title is now “{0}”, the title of another notebook of this program. Saving replaces that notebook&apos;s text.</source>
        <translation>タイトルが「{0}」に変わりました。これはこのプログラムの別の実験ノートのタイトルです。保存すると、その実験ノートの本文が置き換わります。</translation>
    </message>
    <message>
        <source>Save notebook</source>
        <translation>実験ノートの保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>This program already has a notebook “{0}”. Replace its text?</source>
        <translation>このプログラムには実験ノート「{0}」がすでにあります。本文を置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Cannot read {0} as UTF-8 text: {1}.</source>
        <translation>{0} を UTF-8 のテキストとして読み込めません：{1}。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Imported {0}: check the preview, then Save.</source>
        <translation>{0} を取り込みました。プレビューを確認してから保存してください。</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>{0} に書き込めません：{1}。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>{0} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>OverviewModels</name>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>lecturer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{1} {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>まだいません</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Delegations</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>今日のセッション</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Reading {0}.</source>
        <translation>{0} を読み込んでいます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>A program is one exchange week: its title, host institution, dates, time zone and sites. Create one to start adding delegations, participants and the schedule.</source>
        <translation>プログラムとは1回の交流週のことで、名称、受け入れ機関、日程、タイムゾーン、会場で構成されます。作成すると、派遣団、参加者、日程を追加できるようになります。</translation>
    </message>
    <message>
        <source>Create a program…</source>
        <translation>プログラムを作成…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>別のデータベースを開く…</translation>
    </message>
    <message>
        <source>loading the overview</source>
        <translation>概要の読み込み</translation>
    </message>
    <message>
        <source>1 delegation, {0} participants</source>
        <translation>派遣団 1、参加者 {0} 人</translation>
    </message>
    <message>
        <source>{0} delegations, {1} participants</source>
        <translation>派遣団 {0}、参加者 {1} 人</translation>
    </message>
    <message>
        <source>; {0} more without a delegation (host staff, guests)</source>
        <translation>。ほかに派遣団に属さない人が {0} 人（受け入れ側スタッフ、ゲスト）</translation>
    </message>
    <message>
        <source>. Withdrawn participants are not counted.</source>
        <translation>。参加取消の人は数えていません。</translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Lecturers</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日間</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} 日間</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>セッションなし</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>セッション 1 件</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>セッション {0} 件</translation>
    </message>
    <message>
        <source>{0} {1} ({2})</source>
        <translation>{1}（{0}曜開始、{2}）</translation>
    </message>
    <message>
        <source>Host institution not set</source>
        <translation>受け入れ機関が未設定</translation>
    </message>
    <message>
        <source>Times in {0}</source>
        <translation>時刻は {0}</translation>
    </message>
    <message>
        <source>Today, {day} — day {number} of {total}: {sessions}.</source>
        <translation>今日 {day} — {total} 日間のうち {number} 日目：{sessions}。</translation>
    </message>
    <message>
        <source>the program runs {0}</source>
        <translation>プログラムの期間は {0} です</translation>
    </message>
    <message>
        <source>the program ran {0}</source>
        <translation>プログラムの期間は {0} でした</translation>
    </message>
    <message>
        <source>No sessions today ({today}) — {when}. Showing day {number}, {day}: {sessions}.</source>
        <translation>今日（{today}）のセッションはありません — {when}。{number} 日目（{day}）を表示しています：{sessions}。</translation>
    </message>
</context>
<context>
    <name>ParticipantColumns</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地語表記</translation>
    </message>
    <message>
        <source>The name in the participant&apos;s own script, exactly as given</source>
        <translation>参加者自身の文字で書かれた氏名（提供されたとおり）</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The roster&apos;s own ID for the participant</source>
        <translation>名簿で参加者に付けられているID</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>所属機関</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>引率者</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>派遣団数</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>性別</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Not given</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} を編集</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>参加者の追加</translation>
    </message>
    <message>
        <source>Kept exactly as typed, in the participant&apos;s own script.</source>
        <translation>参加者自身の文字で、入力したとおりに保存します。</translation>
    </message>
    <message>
        <source>The name on the badge, if not the given name</source>
        <translation>名札に表示する名前（名と異なる場合）</translation>
    </message>
    <message>
        <source>The roster&apos;s ID, if it has one</source>
        <translation>名簿のID（ある場合）</translation>
    </message>
    <message>
        <source>No delegation (host staff, guests)</source>
        <translation>派遣団なし（受け入れ側スタッフ、ゲスト）</translation>
    </message>
    <message>
        <source>Leads the delegation</source>
        <translation>派遣団の引率者</translation>
    </message>
    <message>
        <source>their own, during the visit</source>
        <translation>滞在中の本人の連絡先</translation>
    </message>
    <message>
        <source>halal, vegetarian …</source>
        <translation>ハラール、ベジタリアンなど</translation>
    </message>
    <message>
        <source>mother, school office …</source>
        <translation>母、学校の事務室など</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地語表記</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Exchange week</source>
        <translation>交流プログラム</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>連絡先の電話</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Saving the participant</source>
        <translation>参加者を保存しています</translation>
    </message>
    <message>
        <source>saving the participant</source>
        <translation>参加者の保存</translation>
    </message>
</context>
<context>
    <name>ParticipantDialogs</name>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ParticipantHistory</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状況の変更</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>引率者</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation>緊急連絡先の続柄</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>出発</translation>
    </message>
    <message>
        <source>No participant with id {id}.</source>
        <translation>ID {id} の参加者はいません。</translation>
    </message>
    <message>
        <source>{user} on {station}</source>
        <translation>{user}（{station}）</translation>
    </message>
    <message>
        <source>{action}: {fields}</source>
        <translation>{action}：{fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{action} ({detail})</source>
        <translation>{action}（{detail}）</translation>
    </message>
    <message>
        <source>Nobody in this program is named or numbered {wanted}; give their roster ID, e-mail or a part of their name.</source>
        <translation>このプログラムに {wanted} という名前または番号の人はいません。名簿ID、メールアドレス、または名前の一部を指定してください。</translation>
    </message>
    <message>
        <source>{wanted} names several participants ({names}…); give their roster ID or e-mail.</source>
        <translation>{wanted} に該当する参加者が複数います（{names}…）。名簿IDかメールアドレスを指定してください。</translation>
    </message>
</context>
<context>
    <name>ParticipantJobs</name>
    <message>
        <source>Loading participants…</source>
        <translation>参加者を読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading delegations and teams…</source>
        <translation>派遣団とチームを読み込んでいます…</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き出しています…</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking rows… ({0} of {1})</source>
        <translation>行を確認しています…（{1} 行中 {0} 行）</translation>
    </message>
    <message>
        <source>Writing to the database… ({0} of {1})</source>
        <translation>データベースに書き込んでいます…（{1} 行中 {0} 行）</translation>
    </message>
    <message>
        <source>Backing up the database before the import…</source>
        <translation>取り込みの前にデータベースをバックアップしています…</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>In several teams: {0}</source>
        <translation>複数のチームに所属：{0}</translation>
    </message>
    <message>
        <source>Withdrawn: kept on the list, refused at check-in.</source>
        <translation>参加取消：一覧には残りますが、受付では拒否されます。</translation>
    </message>
</context>
<context>
    <name>ParticipantWords</name>
    <message>
        <source>{0} students</source>
        <translation>学生 {0}</translation>
    </message>
    <message>
        <source>{0} teachers</source>
        <translation>教員 {0}</translation>
    </message>
    <message>
        <source>{0} female</source>
        <translation>女性 {0}</translation>
    </message>
    <message>
        <source>{0} male</source>
        <translation>男性 {0}</translation>
    </message>
    <message>
        <source>{0} other</source>
        <translation>その他 {0}</translation>
    </message>
    <message>
        <source>{0} unspecified</source>
        <translation>未回答 {0}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Lecturer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Lecturers</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>出発</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>{0} · leader</source>
        <translation>{0}・引率者</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>名簿を取り込む…</translation>
    </message>
    <message>
        <source>Add or update participants from a CSV or Excel roster</source>
        <translation>CSV または Excel の名簿から参加者を追加・更新します</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Delegations…</source>
        <translation>派遣団…</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>チーム…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add one participant by hand</source>
        <translation>参加者を1人ずつ手で追加します</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>参加取消…</translation>
    </message>
    <message>
        <source>Keep them on the list but refuse them at check-in (they can be reinstated)</source>
        <translation>一覧には残し、受付では拒否します（あとで復帰できます）</translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation>復帰…</translation>
    </message>
    <message>
        <source>Assign to team</source>
        <translation>チームに割り当て</translation>
    </message>
    <message>
        <source>Move the selected participants into a team</source>
        <translation>選択した参加者をチームに移します</translation>
    </message>
    <message>
        <source>Re-issue badge…</source>
        <translation>名札を再発行…</translation>
    </message>
    <message>
        <source>Replace a lost badge: the old one stops working and a new one must be printed</source>
        <translation>紛失した名札を置き換えます。古い名札は使えなくなり、新しい名札の印刷が必要です</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open or create a database (File menu), then choose a program to see and import its participants.</source>
        <translation>データベースを開くか作成し（「ファイル」メニュー）、プログラムを選ぶと参加者を表示・取り込みできます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Reading the database.</source>
        <translation>データベースを読み込んでいます。</translation>
    </message>
    <message>
        <source>No program yet</source>
        <translation>プログラムがまだありません</translation>
    </message>
    <message>
        <source>Participants belong to a program (one exchange week). Create a program first, then import its roster here.</source>
        <translation>参加者はプログラム（1回の交流週間）に属します。先にプログラムを作成してから、ここで名簿を取り込んでください。</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>参加者を読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot show the participants</source>
        <translation>参加者を表示できません</translation>
    </message>
    <message>
        <source>loading participants</source>
        <translation>参加者の読み込み</translation>
    </message>
    <message>
        <source>Loading participants</source>
        <translation>参加者を読み込んでいます</translation>
    </message>
    <message>
        <source>{0} participant</source>
        <translation>参加者 {0} 人</translation>
    </message>
    <message>
        <source>{0} participants</source>
        <translation>参加者 {0} 人</translation>
    </message>
    <message>
        <source>{0} delegation</source>
        <translation>派遣団 {0}</translation>
    </message>
    <message>
        <source>{0} delegations</source>
        <translation>派遣団 {0}</translation>
    </message>
    <message>
        <source>{0} team</source>
        <translation>チーム {0}</translation>
    </message>
    <message>
        <source>{0} teams</source>
        <translation>チーム {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No participants yet: import a roster, or add people one by one.</source>
        <translation>参加者はまだいません。名簿を取り込むか、1人ずつ追加してください。</translation>
    </message>
    <message>
        <source>Showing {0} of {1}</source>
        <translation>{1} 人中 {0} 人を表示</translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation>{0} 人を選択</translation>
    </message>
    <message>
        <source>Survey answers…</source>
        <translation>アンケートの回答…</translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation>アンケートの回答を取り込む…</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>参加者の書き出し</translation>
    </message>
    <message>
        <source>Export delegations</source>
        <translation>派遣団の書き出し</translation>
    </message>
    <message>
        <source>Export teams</source>
        <translation>チームの書き出し</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>参加者…</translation>
    </message>
    <message>
        <source>Exporting participants to {0}…</source>
        <translation>参加者を {0} に書き出しています…</translation>
    </message>
    <message>
        <source>Exporting delegations to {0}…</source>
        <translation>派遣団を {0} に書き出しています…</translation>
    </message>
    <message>
        <source>Exporting teams to {0}…</source>
        <translation>チームを {0} に書き出しています…</translation>
    </message>
    <message>
        <source>exporting participants</source>
        <translation>参加者の書き出し</translation>
    </message>
    <message>
        <source>exporting delegations</source>
        <translation>派遣団の書き出し</translation>
    </message>
    <message>
        <source>exporting teams</source>
        <translation>チームの書き出し</translation>
    </message>
    <message>
        <source>opening the participant</source>
        <translation>参加者を開く処理</translation>
    </message>
    <message>
        <source>Opening the participant</source>
        <translation>参加者を開いています</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation>{0} を追加しました。</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} を保存しました。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>Withdraw {0}?</source>
        <translation>{0}の参加を取り消しますか？</translation>
    </message>
    <message>
        <source>{0}.

They stay on the list (greyed) with their data, but check-in refuses them and head counts no longer expect them. You can reinstate them.</source>
        <translation>{0}。

データとともに一覧には残りますが（灰色で表示）、受付では拒否され、人数の予定からも外れます。あとで復帰させることができます。</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>復帰</translation>
    </message>
    <message>
        <source>Reinstate {0}?</source>
        <translation>{0}を復帰させますか？</translation>
    </message>
    <message>
        <source>{0}.

They are registered again and expected at check-in.</source>
        <translation>{0}。

ふたたび登録済みとなり、受付の予定者に戻ります。</translation>
    </message>
    <message>
        <source>Withdrew {0}.</source>
        <translation>{0}の参加を取り消しました。</translation>
    </message>
    <message>
        <source>Reinstated {0}.</source>
        <translation>{0}を復帰させました。</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>参加を取り消しています…</translation>
    </message>
    <message>
        <source>Reinstating…</source>
        <translation>復帰させています…</translation>
    </message>
    <message>
        <source>opening the survey answers</source>
        <translation>アンケートの回答を開く処理</translation>
    </message>
    <message>
        <source>Opening the survey answers</source>
        <translation>アンケートの回答を開いています</translation>
    </message>
    <message>
        <source>Saved the survey answers of {0}.</source>
        <translation>{0} のアンケートの回答を保存しました。</translation>
    </message>
    <message>
        <source>Re-issue the badge of {0}?</source>
        <translation>{0} の名札を再発行しますか？</translation>
    </message>
    <message>
        <source>Re-issue the badges of {0}?</source>
        <translation>{0}の名札を再発行しますか？</translation>
    </message>
    <message>
        <source>{0}.

The old badge stops working at once: check-in refuses it as replaced (REVOKED). A new badge must be printed and handed over (Print → Badges).</source>
        <translation>{0}。

古い名札はすぐに使えなくなり、受付では再発行済み（REVOKED）として拒否されます。新しい名札を印刷して渡してください（「印刷」→「名札」）。</translation>
    </message>
    <message>
        <source>Re-issue badge</source>
        <translation>名札の再発行</translation>
    </message>
    <message>
        <source>Re-issue badges</source>
        <translation>名札を再発行</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Re-issued the badge of {0} (badge #{1}): the old badge no longer works; print the new one.</source>
        <translation>{0} の名札を再発行しました（名札番号 {1}）。古い名札は使えません。新しい名札を印刷してください。</translation>
    </message>
    <message>
        <source>Re-issued {0} badge: the old badges no longer work; print the new ones.</source>
        <translation>名札を {0} 枚再発行しました。古い名札は使えません。新しい名札を印刷してください。</translation>
    </message>
    <message>
        <source>Re-issued {0} badges: the old badges no longer work; print the new ones.</source>
        <translation>名札を {0} 枚再発行しました。古い名札は使えません。新しい名札を印刷してください。</translation>
    </message>
    <message>
        <source>Re-issuing badges…</source>
        <translation>名札を再発行しています…</translation>
    </message>
    <message>
        <source>No team (take out of their team)</source>
        <translation>チームなし（チームから外す）</translation>
    </message>
    <message>
        <source>Manage teams…</source>
        <translation>チームの管理…</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>チームなし</translation>
    </message>
    <message>
        <source>Put {0} into {1}.</source>
        <translation>{0}を {1} に割り当てました。</translation>
    </message>
    <message>
        <source>Assigning {0} to {1}…</source>
        <translation>{0}を {1} に割り当てています…</translation>
    </message>
    <message>
        <source>assigning the team</source>
        <translation>チームの割り当て</translation>
    </message>
    <message>
        <source>Exported {0} row to {path}.</source>
        <translation>{0} 行を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Exported {0} rows to {path}.</source>
        <translation>{0} 行を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Search names (romanised or native script) or ID…</source>
        <translation>氏名（ローマ字または現地語表記）やIDで検索…</translation>
    </message>
    <message>
        <source>Show one delegation</source>
        <translation>派遣団で絞り込み</translation>
    </message>
    <message>
        <source>Show one team</source>
        <translation>チームで絞り込み</translation>
    </message>
    <message>
        <source>Show one role</source>
        <translation>区分で絞り込み</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <source>Delegation leaders</source>
        <translation>派遣団の引率者</translation>
    </message>
    <message>
        <source>Show by status</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Active (not withdrawn)</source>
        <translation>有効（参加取消を除く）</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <source>Choose the columns (or right-click a column header)</source>
        <translation>表示する列を選びます（列見出しの右クリックでも選べます）</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>すべての派遣団</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>派遣団なし</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>すべてのチーム</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>チームなし</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>既定の列</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ページに合わせる</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>拡大率</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not in this version yet</source>
        <translation>このバージョンにはまだありません</translation>
    </message>
    <message>
        <source>The {0} screen is coming in a later version of Sakura Desktop. When it arrives, it will let you:</source>
        <translation>「{0}」画面は Sakura Desktop の今後のバージョンで追加されます。追加されると、次のことができます：</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>Places and lecturers</source>
        <translation>会場と講師</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>移動時間</translation>
    </message>
    <message>
        <source>Lecturers</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存しています</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>新しい拠点(&amp;N)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;New venue</source>
        <translation>新しい会場(&amp;N)</translation>
    </message>
    <message>
        <source>open space (no limit)</source>
        <translation>オープンスペース（制限なし）</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>拠点(&amp;I)：</translation>
    </message>
    <message>
        <source>Se&amp;ats:</source>
        <translation>席数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Bus stops and outdoor spaces may hold several sessions at once.</source>
        <translation>バス停と屋外スペースでは、複数のセッションを同時に行えます。</translation>
    </message>
    <message>
        <source>Add a site first: every venue belongs to a site.</source>
        <translation>先に拠点を追加してください。会場はすべていずれかの拠点に属します。</translation>
    </message>
    <message>
        <source>Minutes from the site of the row to the site of the column (blank: not known). Edit the cells, then Save.</source>
        <translation>行の拠点から列の拠点までの所要時間（分）です（空欄：不明）。セルを編集してから保存してください。</translation>
    </message>
    <message>
        <source>&amp;Save travel times</source>
        <translation>移動時間を保存(&amp;S)</translation>
    </message>
    <message>
        <source>{0} → {1}: {2} is not minutes</source>
        <translation>{0} → {1}：{2} は分数ではありません</translation>
    </message>
    <message>
        <source>Cannot save the travel times: {0}.</source>
        <translation>移動時間を保存できません：{0}。</translation>
    </message>
    <message>
        <source>&amp;New lecturer</source>
        <translation>新しい講師(&amp;N)</translation>
    </message>
    <message>
        <source>Prof., Dr. …</source>
        <translation>Prof.、Dr. など</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>肩書き(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <source>Nat&amp;ive script:</source>
        <translation>母語表記(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E)：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Add &amp;window</source>
        <translation>時間帯を追加(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>時間帯を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Available (none listed: always available):</source>
        <translation>対応できる時間帯（指定なし：常に対応可）：</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>講師情報の読み込み</translation>
    </message>
    <message>
        <source>Reading the lecturer</source>
        <translation>講師の情報を読み込んでいます</translation>
    </message>
</context>
<context>
    <name>PlannedScreens</name>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Delegations, participants and teams of the chosen program.</source>
        <translation>選んだプログラムの派遣団、参加者、チーム。</translation>
    </message>
    <message>
        <source>List, search and edit participants: romanised and native-script names, role, delegation, team, dietary needs and allergies, emergency contact, room.</source>
        <translation>参加者の一覧・検索・編集：ローマ字と母語表記の氏名、役割、派遣団、チーム、食事制限とアレルギー、緊急連絡先、部屋。</translation>
    </message>
    <message>
        <source>Import rosters from CSV (UTF-8, Shift_JIS, GB18030, Big5, EUC-KR …) and XLSX, with a column-mapping step, per-row checks and a preview; re-import updates, never duplicates.</source>
        <translation>CSV（UTF-8、Shift_JIS、GB18030、Big5、EUC-KR …）と XLSX から名簿を取り込みます。列の対応付け、行ごとの確認、プレビュー付き。取り込み直すと更新され、重複はしません。</translation>
    </message>
    <message>
        <source>Export to CSV and XLSX.</source>
        <translation>CSV と XLSX に書き出します。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>The week of sessions: lectures, lab tours, experiments, meals, transfers.</source>
        <translation>1週間のセッション：講義、研究室見学、実験、食事、移動。</translation>
    </message>
    <message>
        <source>Week views per program, team, venue and participant.</source>
        <translation>プログラム、チーム、会場、参加者ごとの週表示。</translation>
    </message>
    <message>
        <source>Live conflict warnings: double bookings, rooms too small, too little travel time between sites, sessions outside the program dates.</source>
        <translation>重複予約、狭すぎる部屋、会場間の移動時間不足、プログラム期間外のセッションをその場で警告します。</translation>
    </message>
    <message>
        <source>A rotation planner for teams through lab tours, and iCalendar export.</source>
        <translation>チームの研究室見学ローテーション作成と iCalendar 書き出し。</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Offline check-in at the door, the bus or a roll call.</source>
        <translation>入口、バス、点呼でのオフライン受付。</translation>
    </message>
    <message>
        <source>Scan signed QR badges with a USB scanner or the laptop camera, or search by name; a big green, amber or red answer with a sound, and an undo.</source>
        <translation>署名付きの QR名札を USB スキャナーやノートPCのカメラで読み取るか、氏名で検索します。緑・黄・赤の大きな表示と音で結果を示し、取り消しもできます。</translation>
    </message>
    <message>
        <source>A live head count per checkpoint: expected, present, and who is missing.</source>
        <translation>受付地点ごとのリアルタイムの人数：予定、在場、未着者。</translation>
    </message>
    <message>
        <source>Exchange scan journals between stations through a shared folder or USB stick.</source>
        <translation>共有フォルダーや USB メモリで、受付端末どうしのスキャン記録を交換します。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Everything on paper, with every participant&apos;s script printed right.</source>
        <translation>すべてを紙に。どの参加者の文字も正しく印刷します。</translation>
    </message>
    <message>
        <source>Badges (A4 sheets, A6, card printers) with QR codes.</source>
        <translation>QR コード付きの名札（A4 シート、A6、カードプリンター）。</translation>
    </message>
    <message>
        <source>Personalised experiment notebooks, itineraries, paper sign-in sheets and certificates.</source>
        <translation>参加者ごとの実験ノート、旅程表、紙の出席簿、修了証。</translation>
    </message>
    <message>
        <source>Preview in the app, print through the system dialog, or save a PDF.</source>
        <translation>アプリ内でプレビューし、システムのダイアログで印刷するか PDF に保存します。</translation>
    </message>
</context>
<context>
    <name>PrintCounts</name>
    <message>
        <source>1 badge</source>
        <translation>名札 1 枚</translation>
    </message>
    <message>
        <source>{0} badges</source>
        <translation>名札 {0} 枚</translation>
    </message>
    <message>
        <source>1 notebook</source>
        <translation>実験ノート 1 冊</translation>
    </message>
    <message>
        <source>{0} notebooks</source>
        <translation>実験ノート {0} 冊</translation>
    </message>
    <message>
        <source>1 itinerary</source>
        <translation>行程表 1 部</translation>
    </message>
    <message>
        <source>{0} itineraries</source>
        <translation>行程表 {0} 部</translation>
    </message>
    <message>
        <source>1 sign-in sheet</source>
        <translation>出席簿 1 枚</translation>
    </message>
    <message>
        <source>{0} sign-in sheets</source>
        <translation>出席簿 {0} 枚</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>修了証 1 枚</translation>
    </message>
    <message>
        <source>{0} certificates</source>
        <translation>修了証 {0} 枚</translation>
    </message>
    <message>
        <source>1 door sign</source>
        <translation>案内表示 1 枚</translation>
    </message>
    <message>
        <source>{0} door signs</source>
        <translation>案内表示 {0} 枚</translation>
    </message>
    <message>
        <source>the badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>the notebooks</source>
        <translation>実験ノート</translation>
    </message>
    <message>
        <source>the itineraries</source>
        <translation>行程表</translation>
    </message>
    <message>
        <source>the sign-in sheets</source>
        <translation>出席簿</translation>
    </message>
    <message>
        <source>the certificates</source>
        <translation>修了証</translation>
    </message>
    <message>
        <source>the door signs</source>
        <translation>案内表示</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 ページ</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} ページ</translation>
    </message>
</context>
<context>
    <name>PrintDocuments</name>
    <message>
        <source>The seal image {path} does not exist.</source>
        <translation>印影の画像 {path} がありません。</translation>
    </message>
    <message>
        <source>The seal image {path} is larger than 50 MB; save it smaller first.</source>
        <translation>印影の画像 {path} は 50 MB を超えています。先に小さく保存し直してください。</translation>
    </message>
    <message>
        <source>The seal {path} is not an image (PNG or JPEG).</source>
        <translation>印影 {path} は画像（PNG または JPEG）ではありません。</translation>
    </message>
    <message>
        <source>delegation {name}</source>
        <translation>派遣団 {name}</translation>
    </message>
    <message>
        <source>team {name}</source>
        <translation>チーム {name}</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count}人を選択</translation>
    </message>
    <message>
        <source>badges not printed yet</source>
        <translation>名札が未印刷</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>No delegation {name} in this program.</source>
        <translation>このプログラムに派遣団{name}はありません。</translation>
    </message>
    <message>
        <source>No team {name} with members in this program.</source>
        <translation>このプログラムにはメンバーのいるチーム{name}はありません。</translation>
    </message>
    <message>
        <source>No active participant with id {ids}.</source>
        <translation>ID {ids} の参加者（参加取消を除く）はいません。</translation>
    </message>
    <message>
        <source>No active participant with the roster id or id {ids} in this program.</source>
        <translation>このプログラムに、名簿 ID または ID が {ids} の参加者（参加取消を除く）はいません。</translation>
    </message>
    <message>
        <source>Nobody to print for ({audience}).</source>
        <translation>印刷する対象者がいません（{audience}）。</translation>
    </message>
    <message>
        <source>{count} people have characters no font covers; they print as empty boxes (fix the name or print it by hand):</source>
        <translation>{count}人の名前に、どのフォントにもない文字があります。空白の四角で印刷されます（名前を直すか、手書きしてください）：</translation>
    </message>
    <message>
        <source>Paper {paper} is not offered; choose A4 or A5.</source>
        <translation>用紙 {paper} には対応していません。A4 か A5 を選んでください。</translation>
    </message>
    <message>
        <source>The attendance threshold is a share between 0 and 1 (0.8 is 80 %).</source>
        <translation>出席率の基準は 0 から 1 の割合で指定してください（0.8 は 80 %）。</translation>
    </message>
    <message>
        <source>This program has no experiment notebook yet; import one first.</source>
        <translation>このプログラムにはまだ実験ノートがありません。先に取り込んでください。</translation>
    </message>
    <message>
        <source>The program has several notebooks ({titles}); choose one by title.</source>
        <translation>このプログラムには実験ノートが複数あります（{titles}）。タイトルで1つ選んでください。</translation>
    </message>
    <message>
        <source>No notebook {name} in this program.</source>
        <translation>このプログラムに実験ノート{name}はありません。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path}に書き込めません：{reason}。</translation>
    </message>
    <message>
        <source>Line {line}: the image name is longer than {limit} characters.</source>
        <translation>{line}行目：画像の名前が{limit}文字を超えています。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Line {line}: cannot read the image {name} ({file}): {reason}.</source>
        <translation>{line}行目：画像{name}（{file}）を読み込めません：{reason}。</translation>
    </message>
    <message>
        <source>Line {line}: the image {name} ({file}) is not a PNG or JPEG image.</source>
        <translation>{line}行目：画像{name}（{file}）は PNG や JPEG の画像ではありません。</translation>
    </message>
    <message>
        <source>Cannot read {path} as UTF-8 text: {reason}.</source>
        <translation>{path}を UTF-8 のテキストとして読み込めません：{reason}。</translation>
    </message>
    <message>
        <source>None of the chosen people is in a team.</source>
        <translation>選んだ人は誰もチームに入っていません。</translation>
    </message>
    <message>
        <source>No session with id {ids} in this program.</source>
        <translation>このプログラムに ID {ids} のセッションはありません。</translation>
    </message>
    <message>
        <source>No session to print a sign-in sheet for.</source>
        <translation>出席簿を印刷するセッションがありません。</translation>
    </message>
    <message>
        <source>No session to print a door sign for.</source>
        <translation>案内表示を印刷するセッションがありません。</translation>
    </message>
    <message>
        <source>Nobody reaches the attendance threshold of {threshold} ({count} below it).</source>
        <translation>出席率の基準 {threshold} に達した人がいません（{count}人が基準未満）。</translation>
    </message>
    <message>
        <source>The signature image {path} does not exist.</source>
        <translation>署名の画像 {path} がありません。</translation>
    </message>
    <message>
        <source>The signature {path} is not an image (PNG or JPEG).</source>
        <translation>署名 {path} は画像（PNG または JPEG）ではありません。</translation>
    </message>
    <message>
        <source>no attendance recorded</source>
        <translation>出席の記録なし</translation>
    </message>
</context>
<context>
    <name>PrintFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Notebook text (*.txt);;All files (*)</source>
        <translation>実験ノートのテキスト (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>署名の画像</translation>
    </message>
    <message>
        <source>Import notebook text</source>
        <translation>実験ノートのテキストを取り込む</translation>
    </message>
    <message>
        <source>Export notebook text</source>
        <translation>実験ノートのテキストを書き出す</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Host</source>
        <translation>受け入れ側</translation>
    </message>
    <message>
        <source>Loading participants and sessions…</source>
        <translation>参加者とセッションを読み込んでいます…</translation>
    </message>
    <message>
        <source>Gathering names and sessions…</source>
        <translation>氏名とセッションを集めています…</translation>
    </message>
    <message>
        <source>Preparing {0} of {1}…</source>
        <translation>{1} 件中 {0} 件を準備しています…</translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation>{0} を保存しています…</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}.</source>
        <translation>{0} に書き込めません：{1}。</translation>
    </message>
    <message>
        <source>Cannot read the preview {0} for printing; generate it again.</source>
        <translation>印刷用のプレビュー {0} を読み込めません。プレビューをもう一度作成してください。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected.</source>
        <translation>プリンターを開始できませんでした。電源が入っていて接続されているか確認してください。</translation>
    </message>
    <message>
        <source>Printing page {0}…</source>
        <translation>{0} ページ目を印刷しています…</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>プリンターがページを受け付けなくなりました。</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>プリンターに送信しています…</translation>
    </message>
    <message>
        <source>Loading notebooks…</source>
        <translation>実験ノートを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>PrintLabels</name>
    <message>
        <source>Badges</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>Experiment notebooks</source>
        <translation>実験ノート</translation>
    </message>
    <message>
        <source>Itineraries</source>
        <translation>行程表</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>出席簿</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>修了証</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>案内表示</translation>
    </message>
    <message>
        <source>A4 sheet, 8 badges of 90×55 mm</source>
        <translation>A4 用紙に 90×55 mm の名札 8 枚</translation>
    </message>
    <message>
        <source>A4 sheet, 4 badges of 94×138 mm (for A6 holders)</source>
        <translation>A4 用紙に 94×138 mm の名札 4 枚（A6 ホルダー用）</translation>
    </message>
    <message>
        <source>Single A6 badge per page</source>
        <translation>1 ページに A6 名札 1 枚</translation>
    </message>
    <message>
        <source>ID-1 card 85.6×54 mm (card printers)</source>
        <translation>ID-1 カード 85.6×54 mm（カードプリンター用）</translation>
    </message>
    <message>
        <source>A4 sheet, 6 inserts of 4×3 inch</source>
        <translation>A4 用紙に 4×3 インチの差し込み 6 枚</translation>
    </message>
</context>
<context>
    <name>PrintOptionsPanel</name>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>A delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Selected participants</source>
        <translation>選んだ参加者</translation>
    </message>
    <message>
        <source>Search names, delegations, teams…</source>
        <translation>氏名・派遣団・チームで検索…</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>表示中をすべて選択</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>未印刷の名札のみ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Search sessions…</source>
        <translation>セッションを検索…</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Every session except meals and free time</source>
        <translation>食事と自由時間を除くすべてのセッション</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Print the back side (the week, emergency numbers)</source>
        <translation>裏面も印刷（日程と緊急連絡先）</translation>
    </message>
    <message>
        <source>Record these badges as printed</source>
        <translation>これらの名札を印刷済みとして記録</translation>
    </message>
    <message>
        <source>Recorded when the preview is printed or saved, so that &apos;Only badges not printed yet&apos; leaves them out next time.</source>
        <translation>プレビューを印刷または保存した時点で記録され、次回「未印刷の名札のみ」を選ぶと対象から外れます。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Write or change the program&apos;s notebooks</source>
        <translation>プログラムの実験ノートを作成・変更します</translation>
    </message>
    <message>
        <source>A5 booklet on A4 (fold and staple)</source>
        <translation>A4 に A5 冊子を印刷（折ってホチキス留め）</translation>
    </message>
    <message>
        <source>One file per participant</source>
        <translation>参加者ごとに 1 ファイル</translation>
    </message>
    <message>
        <source>Lecturers and staff too</source>
        <translation>講師とスタッフにも</translation>
    </message>
    <message>
        <source>Notebooks go to students and teachers; tick this to print them for lecturers, staff, interpreters and guests as well (people ticked by hand always get one).</source>
        <translation>実験ノートは学生と教員に配られます。講師・スタッフ・通訳・ゲストの分も印刷するときはチェックしてください（個別に選んだ人には常に印刷されます）。</translation>
    </message>
    <message>
        <source>One per team instead of one per person</source>
        <translation>1 人ごとではなくチームごとに 1 部</translation>
    </message>
    <message>
        <source> % of sessions</source>
        <translation> %（セッションの出席率）</translation>
    </message>
    <message>
        <source>Share of the sessions where attendance was taken that a participant attended</source>
        <translation>出欠を取ったセッションのうち、参加者が出席した割合</translation>
    </message>
    <message>
        <source>The person who signs, e.g. Prof. Aiko Tanaka</source>
        <translation>署名する人（例：Prof. Aiko Tanaka）</translation>
    </message>
    <message>
        <source>e.g. Director, Sakura Science Programme</source>
        <translation>例：Director, Sakura Science Programme</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Printed as the date of issue; the program&apos;s last day unless you change it</source>
        <translation>発行日として印刷されます。変更しなければプログラムの最終日です</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>実験ノート</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席率</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>署名者の肩書き</translation>
    </message>
    <message>
        <source>Seal or logo</source>
        <translation>印章・ロゴ</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>No notebook yet: use Edit… to write one</source>
        <translation>実験ノートがまだありません。「編集…」で作成してください</translation>
    </message>
    <message>
        <source>This program has no delegation to choose.</source>
        <translation>このプログラムには選べる派遣団がありません。</translation>
    </message>
    <message>
        <source>This program has no team to choose.</source>
        <translation>このプログラムには選べるチームがありません。</translation>
    </message>
    <message>
        <source>Tick at least one participant, or choose Everyone.</source>
        <translation>参加者を 1 人以上選ぶか、「全員」を選んでください。</translation>
    </message>
    <message>
        <source>Tick at least one session.</source>
        <translation>セッションを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>This program has no experiment notebook yet. Use Edit… beside Notebook to write one, or import it from a text file.</source>
        <translation>このプログラムにはまだ実験ノートがありません。「実験ノート」の横の「編集…」で作成するか、テキストファイルから取り込んでください。</translation>
    </message>
    <message>
        <source>A booklet is always A5 pages on A4 sheets</source>
        <translation>冊子は常に A4 用紙に A5 ページで印刷されます</translation>
    </message>
    <message>
        <source>{0} ticked</source>
        <translation>{0} 人を選択</translation>
    </message>
    <message>
        <source>{0} of {1} sessions ticked</source>
        <translation>{1} セッション中 {0} を選択</translation>
    </message>
    <message>
        <source>1 person (withdrawn participants are left out)</source>
        <translation>1 人（参加取消の人は除きます）</translation>
    </message>
    <message>
        <source>{0} people (withdrawn participants are left out)</source>
        <translation>{0} 人（参加取消の人は除きます）</translation>
    </message>
    <message>
        <source>Name badges with the signed QR code used at check-in.</source>
        <translation>受付で使う署名付き QR コード入りの名札です。</translation>
    </message>
    <message>
        <source>The experiment notebook, with a personal cover for each participant.</source>
        <translation>参加者ごとに表紙を付けた実験ノートです。</translation>
    </message>
    <message>
        <source>Each person&apos;s (or team&apos;s) week, in the program&apos;s time zone.</source>
        <translation>一人ひとり（またはチームごと）の 1 週間の行程を、プログラムのタイムゾーンで示します。</translation>
    </message>
    <message>
        <source>Paper sign-in sheets per session: the fallback when laptops fail.</source>
        <translation>セッションごとの紙の出席簿です。ノートパソコンが使えないときの予備になります。</translation>
    </message>
    <message>
        <source>Certificates for those whose attendance reaches the threshold.</source>
        <translation>出席率が基準に達した人への修了証です。</translation>
    </message>
    <message>
        <source>A sign for the door of each session&apos;s room.</source>
        <translation>各セッションの部屋のドアに貼る案内表示です。</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Generate preview</source>
        <translation>プレビューを作成</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>File shown</source>
        <translation>表示中のファイル</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <source>The choices changed since this preview: Generate preview again to see them.</source>
        <translation>このプレビューの後で選択が変わりました。反映するには、もう一度「プレビューを作成」を押してください。</translation>
    </message>
    <message>
        <source>Choose the document, who it is for and its options, then Generate preview.
The pages show here before anything is printed.</source>
        <translation>文書・対象者・オプションを選んでから「プレビューを作成」を押してください。
印刷する前に、ここにページが表示されます。</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open a database (File &gt; Open database) to print badges, notebooks and the rest of the week&apos;s paper.</source>
        <translation>名札や実験ノートなど、1 週間に必要な印刷物を作るには、データベースを開いてください（ファイル &gt; データベースを開く）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>Create a program and add its participants first; then print here.</source>
        <translation>先にプログラムを作成して参加者を追加してから、ここで印刷してください。</translation>
    </message>
    <message>
        <source>Cannot read the program</source>
        <translation>プログラムを読み込めません</translation>
    </message>
    <message>
        <source>Loading the print choices</source>
        <translation>印刷の選択肢を読み込んでいます</translation>
    </message>
    <message>
        <source>preparing the document</source>
        <translation>文書の準備</translation>
    </message>
    <message>
        <source>preparing {0}</source>
        <translation>{0}の準備</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>{0}を準備しています…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written. The preview below is the previous one.</source>
        <translation>キャンセルしました。何も書き出されていません。下のプレビューは前回のものです。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>キャンセルしました。何も書き出されていません。</translation>
    </message>
    <message>
        <source>⚠ No font covers some characters of 1 person; they print as empty boxes:</source>
        <translation>⚠ 1 人の氏名に、どのフォントにもない文字があります。空白の四角で印刷されます：</translation>
    </message>
    <message>
        <source>⚠ No font covers some characters of {0} people; they print as empty boxes:</source>
        <translation>⚠ {0} 人の氏名に、どのフォントにもない文字があります。空白の四角で印刷されます：</translation>
    </message>
    <message>
        <source>{0}, {1} in {2} files.</source>
        <translation>{0}、{1}（{2} ファイル）。</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}、{1}。</translation>
    </message>
    <message>
        <source>Left out {0}:</source>
        <translation>除外 {0} 件：</translation>
    </message>
    <message>
        <source>Print the file shown</source>
        <translation>表示中のファイルを印刷します</translation>
    </message>
    <message>
        <source>Print these pages</source>
        <translation>これらのページを印刷します</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… ほか {0} 件</translation>
    </message>
    <message>
        <source>The pages chosen are not in this document.</source>
        <translation>選んだページはこの文書にありません。</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Sent {0} to {1}.</source>
        <translation>{0}を {1} に送りました。</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>印刷をキャンセルしました。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Folder for the {0}</source>
        <translation>{0}の保存先フォルダー</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} を保存しました。</translation>
    </message>
    <message>
        <source>Saved {0} files in {1}.</source>
        <translation>{0} 個のファイルを {1} に保存しました。</translation>
    </message>
    <message>
        <source>saving the PDF</source>
        <translation>PDF の保存</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was left half-written.</source>
        <translation>保存をキャンセルしました。書きかけのファイルは残っていません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Recorded {0} badges as printed.</source>
        <translation>名札 {0} 枚を印刷済みとして記録しました。</translation>
    </message>
    <message>
        <source>recording the badges as printed</source>
        <translation>名札の印刷済み記録</translation>
    </message>
    <message>
        <source>Recording badges as printed</source>
        <translation>名札を印刷済みとして記録しています</translation>
    </message>
</context>
<context>
    <name>ProgramSwitcher</name>
    <message>
        <source>The exchange week you are working on</source>
        <translation>作業中の交流プログラム（1週間）</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>プログラム：</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>No program yet</source>
        <translation>プログラムがまだありません</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>the title is empty</source>
        <translation>タイトルが空です</translation>
    </message>
    <message>
        <source>the program ends before it starts</source>
        <translation>プログラムが開始より前に終了します</translation>
    </message>
    <message>
        <source>the site name {name}… is longer than {limit} characters</source>
        <translation>会場（拠点）名{name}…が{limit}文字を超えています</translation>
    </message>
    <message>
        <source>the site {name} is listed twice</source>
        <translation>会場（拠点）{name}が2回指定されています</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cannot create the program: {problems}.</source>
        <translation>プログラムを作成できません：{problems}。</translation>
    </message>
    <message>
        <source>A program with the code {code} already exists; choose another code.</source>
        <translation>コード{code}のプログラムはすでにあります。別のコードを選んでください。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>The database holds no program yet; create one first.</source>
        <translation>データベースにはまだプログラムがありません。先に作成してください。</translation>
    </message>
    <message>
        <source>The database holds several programs ({codes}); choose one with --program.</source>
        <translation>データベースには複数のプログラム（{codes}）があります。--program で1つ選んでください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No program {name} in this database (programs: {codes}).</source>
        <translation>このデータベースにプログラム{name}はありません（プログラム：{codes}）。</translation>
    </message>
    <message>
        <source>Unknown time zone {name}; use an IANA name such as Asia/Tokyo.</source>
        <translation>タイムゾーン{name}は不明です。Asia/Tokyo のような IANA 名を使ってください。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>Purge personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>Not reached: files outside this database (exports, PDFs, journals in the sync folder, station packages) and the databases of the other station laptops: delete those files and purge each station&apos;s database there too.</source>
        <translation>対象外：このデータベースの外にあるファイル（書き出したファイル、PDF、同期フォルダーの記録、受付端末パッケージ）と、ほかの受付端末のデータベース。それらのファイルは削除し、各受付端末のデータベースもその端末で消去してください。</translation>
    </message>
    <message>
        <source>every participant&apos;s names, roster ID, e-mail, phone, date of birth, room, dietary needs, allergies, emergency contact and notes (each becomes &apos;Participant &lt;number&gt;&apos;)</source>
        <translation>すべての参加者の氏名、名簿のID、メール、電話、生年月日、部屋、食事制限、アレルギー、緊急連絡先、メモ（それぞれ「Participant &lt;番号&gt;」になります）</translation>
    </message>
    <message>
        <source>the hosts of the sessions, and participants&apos; names in session descriptions, notebooks and survey comments</source>
        <translation>セッションの担当者、およびセッションの説明・実験ノート・アンケートのコメントに含まれる参加者の氏名</translation>
    </message>
    <message>
        <source>the contact of those who agreed to be contacted as alumni: export the alumni list first (sakura-desktop report alumni) if you need it</source>
        <translation>同窓生としての連絡に同意した人の連絡先。必要な場合は先に同窓生リストを書き出してください（sakura-desktop report alumni）</translation>
    </message>
    <message>
        <source>the operators, raw codes and notes of the check-in journal</source>
        <translation>受付記録の操作者、読み取ったコードそのもの、メモ</translation>
    </message>
    <message>
        <source>the OS users in the audit log</source>
        <translation>監査ログの OS ユーザー</translation>
    </message>
    <message>
        <source>every backup of this database (one fresh backup of the purged database is taken)</source>
        <translation>このデータベースのすべてのバックアップ（消去後のデータベースのバックアップを新たに1つ作成します）</translation>
    </message>
    <message>
        <source>counts by country, role, gender, age band and status, and the attendance of every session and delegation (shown after the purge and by `sakura-desktop statistics`); survey scores</source>
        <translation>国・区分・性別・年齢層・状態ごとの人数、各セッションと各派遣団の出席状況（消去後に表示され、`sakura-desktop statistics` でも確認できます）、アンケートの評点</translation>
    </message>
    <message>
        <source>the schedule, places, teams, delegations, notebooks and the check-in history (anonymous)</source>
        <translation>日程、会場、チーム、派遣団、実験ノート、受付の履歴（匿名）</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>参加者1名</translation>
    </message>
    <message>
        <source>{count:,} participants</source>
        <translation>参加者{count:,}名</translation>
    </message>
    <message>
        <source>1 check-in event</source>
        <translation>受付記録1件</translation>
    </message>
    <message>
        <source>{count:,} check-in events</source>
        <translation>受付記録{count:,}件</translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>テキスト1件</translation>
    </message>
    <message>
        <source>{count:,} texts</source>
        <translation>テキスト{count:,}件</translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation>バックアップ1件</translation>
    </message>
    <message>
        <source>{count:,} backups</source>
        <translation>バックアップ{count:,}件</translation>
    </message>
    <message>
        <source>Purged the personal data of {people} ({events} and {texts} cleaned; {backups} deleted; fresh backup {file}).</source>
        <translation>{people}の個人データを消去しました（{events}と{texts}を消去、{backups}を削除、新しいバックアップ {file}）。</translation>
    </message>
    <message>
        <source>Purged the personal data of {people} ({events} and {texts} cleaned; {backups} deleted).</source>
        <translation>{people}の個人データを消去しました（{events}と{texts}を消去、{backups}を削除）。</translation>
    </message>
    <message>
        <source>Counting the anonymous statistics</source>
        <translation>匿名の統計を集計しています</translation>
    </message>
    <message>
        <source>Removing personal data</source>
        <translation>個人データを消去しています</translation>
    </message>
    <message>
        <source>Compacting the database</source>
        <translation>データベースを圧縮しています</translation>
    </message>
    <message>
        <source>Replacing the backups</source>
        <translation>バックアップを置き換えています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The purge is done, but another program still reads the database, so its write-ahead log could not be emptied: close the other windows and commands using it and run the purge again (it keeps the statistics).</source>
        <translation>消去は完了しましたが、ほかのプログラムがまだデータベースを読んでいるため、先行書き込みログ（WAL）を空にできませんでした。このデータベースを使っているほかのウィンドウやコマンドを閉じて、もう一度消去を実行してください（統計は保持されます）。</translation>
    </message>
    <message>
        <source>The database file was rebuilt and its write-ahead log emptied.</source>
        <translation>データベースファイルを再構築し、先行書き込みログ（WAL）を空にしました。</translation>
    </message>
    <message>
        <source>The server&apos;s tables were rewritten (VACUUM FULL). The server&apos;s own WAL, archives, replicas and backups keep the old rows until they are recycled: ask its administrator.</source>
        <translation>サーバーのテーブルを書き直しました（VACUUM FULL）。サーバー自身の WAL、アーカイブ、レプリカ、バックアップには再利用されるまで古い行が残ります。サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The database server was not compacted: ask its administrator to do so.</source>
        <translation>データベースサーバーは圧縮されていません。サーバーの管理者に圧縮を依頼してください。</translation>
    </message>
    <message>
        <source>Open a program first.</source>
        <translation>先にプログラムを開いてください。</translation>
    </message>
    <message>
        <source>The purge removes the personal data of one program: open its database and choose the program.</source>
        <translation>消去は1つのプログラムの個人データを削除します。そのデータベースを開き、プログラムを選んでください。</translation>
    </message>
    <message>
        <source>reading the program</source>
        <translation>プログラムの読み込み</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Already purged on {0} UTC.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}（UTC）に消去済みです。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The week is not over: it ends on {0}.&lt;/b&gt; After a purge nobody can be found by name at the doors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;プログラムはまだ終わっていません（終了日：{0}）。&lt;/b&gt;消去後は、受付で氏名による検索ができなくなります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Purge the personal data of &lt;b&gt;{0}&lt;/b&gt; ({1})? This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt;（{1}）の個人データを消去しますか？元に戻すことはできません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Will be removed:</source>
        <translation>削除されるもの：</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>残るもの：</translation>
    </message>
    <message>
        <source>Type the program&apos;s code, {0}, to confirm:</source>
        <translation>確認のため、プログラムのコード「{0}」を入力してください：</translation>
    </message>
    <message>
        <source>Purging the personal data of {0}…</source>
        <translation>{0} の個人データを消去しています…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The personal data of {0} was purged.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0} の個人データを消去しました。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>purging the personal data</source>
        <translation>個人データの消去</translation>
    </message>
</context>
<context>
    <name>PurgeStatistics</name>
    <message>
        <source>{code} — {title} ({start} to {end})</source>
        <translation>{code} — {title}（{start}～{end}）</translation>
    </message>
    <message>
        <source>Personal data purged at {when} UTC; {count} participants.</source>
        <translation>個人データの消去：{when} UTC、参加者{count}名。</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>国別</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>役割別</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>By age band (on the first day)</source>
        <translation>年齢層別（初日時点）</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>状況別</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{title}: {counts}</source>
        <translation>{title}：{counts}</translation>
    </message>
    <message>
        <source>Sessions attended: no attendance was recorded.</source>
        <translation>セッションの出席：出席は記録されていません。</translation>
    </message>
    <message>
        <source>Sessions attended (present of expected):</source>
        <translation>セッションの出席（出席者数／予定者数）：</translation>
    </message>
    <message>
        <source>Delegations attended: no attendance was recorded.</source>
        <translation>派遣団の出席：出席は記録されていません。</translation>
    </message>
    <message>
        <source>Delegations attended (present of expected):</source>
        <translation>派遣団の出席（出席者数／予定者数）：</translation>
    </message>
    <message>
        <source>  {name}: {attended} of {expected}{percent}</source>
        <translation>  {name}：{expected}中{attended}{percent}</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予定人数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>出席率 %</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>予定外</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Sessions expected</source>
        <translation>予定セッション数</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席数</translation>
    </message>
    <message>
        <source>Also attended (not expected)</source>
        <translation>予定外の出席</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Person-sessions expected</source>
        <translation>予定延べ人数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出発地</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到着地</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>食事</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>必要な対応</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出発時刻</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Seats needed</source>
        <translation>必要座席数</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Seats spare (negative: short)</source>
        <translation>空席（マイナスは不足）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>引率者</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>引率者の電話</translation>
    </message>
    <message>
        <source>On board</source>
        <translation>乗車確認</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>出発</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>所属機関</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年齢層</translation>
    </message>
    <message>
        <source>Of whom students</source>
        <translation>うち学生</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>割合 %</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>対象者数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答者数</translation>
    </message>
    <message>
        <source>Response rate (%)</source>
        <translation>回答率（%）</translation>
    </message>
    <message>
        <source>Part of the week</source>
        <translation>プログラムの部分</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>割合（%）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>ヴィーガン</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>ベジタリアン</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>ハラール</translation>
    </message>
    <message>
        <source>No pork</source>
        <translation>豚肉不可</translation>
    </message>
    <message>
        <source>No beef</source>
        <translation>牛肉不可</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <source>Export &amp;table…</source>
        <translation>表を書き出す(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as an Excel workbook (a sheet each) or CSV (a file each)</source>
        <translation>レポートの表を Excel ブック（表ごとに1シート）または CSV（表ごとに1ファイル）で保存します</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>A printable report: its tables with their charts; catering a page per meal for the kitchen; manifests a roll-call sheet per bus</source>
        <translation>印刷用のレポートです。表とグラフ、ケータリングは食事ごとに厨房向け1ページ、乗車名簿はバスごとの点呼表になります</translation>
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation>グラフを書き出す(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>グラフを PNG 画像または SVG 図として保存します</translation>
    </message>
    <message>
        <source>Saved {0} in {1}.</source>
        <translation>{0} を {1} に保存しました。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き込んでいます…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <source>exporting the table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <source>Saved {0} in {1} (1 page).</source>
        <translation>{0} を {1} に保存しました（1ページ）。</translation>
    </message>
    <message>
        <source>Saved {0} in {1} ({2} pages).</source>
        <translation>{0} を {1} に保存しました（{2}ページ）。</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>saving the PDF</source>
        <translation>PDF の保存</translation>
    </message>
    <message>
        <source>exporting the chart</source>
        <translation>グラフの書き出し</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write {name}: name the file .xlsx or .csv.</source>
        <translation>{name} を書き込めません。ファイル名を .xlsx または .csv にしてください。</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>{file} を書き込めません。フォルダー {folder} が存在しません。</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}. Choose another folder.</source>
        <translation>{file} を書き込めません（{error}）。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>There is nothing to write: the report holds no table.</source>
        <translation>書き出す内容がありません。レポートに表がありません。</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Reading the check-in journal…</source>
        <translation>受付の記録を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the program…</source>
        <translation>プログラムを読み込んでいます…</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き出しています…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{title} · {code} · written {date}</source>
        <translation>{title} · {code} · {date} 作成</translation>
    </message>
    <message>
        <source>The schedule has no meal; nothing was written.</source>
        <translation>日程に食事がありません。何も書き出されていません。</translation>
    </message>
    <message>
        <source>The schedule has no transfer; nothing was written.</source>
        <translation>日程に移動（バス）がありません。何も書き出されていません。</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>{number} ページ</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>該当するものはありません。</translation>
    </message>
    <message>
        <source>Would you like to come back to Japan?</source>
        <translation>また日本に来たいですか？</translation>
    </message>
    <message>
        <source>Satisfaction per part of the week (mean, 1-5)</source>
        <translation>週の各部分の満足度（平均、1〜5）</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>The timeline&apos;s interval must be at least one minute.</source>
        <translation>時間の区切りは1分以上にしてください。</translation>
    </message>
    <message>
        <source>No checkpoint with id {id}.</source>
        <translation>ID {id} の受付地点はありません。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation>セッション別の出席</translation>
    </message>
    <message>
        <source>Present: expected people let in at least once (a scan undone does not count; a person admitted twice or at two doors counts once).</source>
        <translation>出席：予定者のうち1回以上入場した人（取り消したスキャンは数えません。2回入場した人や2か所の入口で入場した人は1回として数えます）。</translation>
    </message>
    <message>
        <source>Extra: people let in who were not expected. Blank: attendance not recorded.</source>
        <translation>予定外：予定になかったが入場した人。空欄：出席を記録していません。</translation>
    </message>
    <message>
        <source>Attendance per participant</source>
        <translation>参加者別の出席</translation>
    </message>
    <message>
        <source>Counted over sessions where attendance was recorded.</source>
        <translation>出席を記録したセッションについて集計しています。</translation>
    </message>
    <message>
        <source>Withdrawn people are not counted.</source>
        <translation>参加取消の人は数えていません。</translation>
    </message>
    <message>
        <source>Arrivals at {checkpoint}</source>
        <translation>{checkpoint}への到着</translation>
    </message>
    <message>
        <source>Each person counted once, at their first entry.</source>
        <translation>各人を最初の入場時に1回だけ数えています。</translation>
    </message>
    <message>
        <source>Attendance per delegation</source>
        <translation>派遣団別の出席</translation>
    </message>
    <message>
        <source>Attendance per team</source>
        <translation>チーム別の出席</translation>
    </message>
    <message>
        <source>Needs read from the roster&apos;s dietary and allergies fields: vegan covers vegetarian, vegetarian covers no pork and no beef, halal covers no pork; allergies are named one by one; text no rule recognised is listed as &apos;other&apos;.</source>
        <translation>必要な対応は名簿の食事制限欄とアレルギー欄から読み取っています。ヴィーガンはベジタリアンを、ベジタリアンは豚肉不可と牛肉不可を、ハラールは豚肉不可を含みます。アレルギーは1つずつ示します。どの規則にも当てはまらない記述は「その他」として示します。</translation>
    </message>
    <message>
        <source>No meal is scheduled on {day}; choose another day.</source>
        <translation>{day}に予定された食事はありません。別の日を選んでください。</translation>
    </message>
    <message>
        <source>Meals: dietary counts</source>
        <translation>食事：食事制限の人数</translation>
    </message>
    <message>
        <source>Expected: the meal&apos;s audience, without withdrawn people and people not yet arrived or already gone.</source>
        <translation>予定人数：その食事の対象者（参加取消の人、まだ到着していない人、すでに出発した人を除く）。</translation>
    </message>
    <message>
        <source>Meals: who needs what</source>
        <translation>食事：対応が必要な人</translation>
    </message>
    <message>
        <source>Post-visit summary</source>
        <translation>訪問後のまとめ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>アンケート結果</translation>
    </message>
    <message>
        <source>Alumni list</source>
        <translation>同窓生リスト</translation>
    </message>
    <message>
        <source>Catering: dietary counts per meal</source>
        <translation>ケータリング：食事ごとの食事制限の人数</translation>
    </message>
    <message>
        <source>Transfer manifests</source>
        <translation>移動の乗車名簿</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>部屋割り表</translation>
    </message>
    <message>
        <source>No transfer is scheduled on {day}; choose another day.</source>
        <translation>{day}に予定された移動はありません。別の日を選んでください。</translation>
    </message>
    <message>
        <source>Transfers: seats needed against capacity</source>
        <translation>移動：必要座席数と定員</translation>
    </message>
    <message>
        <source>Seats needed: people expected on the transfer (withdrawn people are not).</source>
        <translation>必要座席数：その移動の予定者数（参加取消の人は含みません）。</translation>
    </message>
    <message>
        <source>Rooming list: {program}</source>
        <translation>部屋割り表：{program}</translation>
    </message>
    <message>
        <source>Withdrawn people are not listed. Times are local to the program.</source>
        <translation>参加取消の人は載せていません。時刻はプログラムの現地時刻です。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>受け入れ機関</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
    <message>
        <source>Participants (not withdrawn)</source>
        <translation>参加者（参加取消を除く）</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>派遣団数</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国数</translation>
    </message>
    <message>
        <source>Sessions (free time not counted)</source>
        <translation>セッション数（自由時間を除く）</translation>
    </message>
    <message>
        <source>Sessions with attendance recorded</source>
        <translation>出席を記録したセッション数</translation>
    </message>
    <message>
        <source>Overall attendance %</source>
        <translation>全体の出席率 %</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Overall attendance: expected people present over all recorded sessions.</source>
        <translation>全体の出席率：出席を記録したすべてのセッションでの、予定者のうち出席した人の割合。</translation>
    </message>
    <message>
        <source>Participants by country</source>
        <translation>国別の参加者</translation>
    </message>
    <message>
        <source>Participants by institution</source>
        <translation>所属機関別の参加者</translation>
    </message>
    <message>
        <source>Participants by role</source>
        <translation>役割別の参加者</translation>
    </message>
    <message>
        <source>Participants by gender</source>
        <translation>性別の参加者</translation>
    </message>
    <message>
        <source>Participants by age band</source>
        <translation>年齢層別の参加者</translation>
    </message>
    <message>
        <source>Age on the program&apos;s first day, {day}.</source>
        <translation>プログラム初日（{day}）時点の年齢。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Students and teachers who did not withdraw are asked; the rate is theirs.</source>
        <translation>参加取消をしていない学生と教員が対象で、回答率はその人たちについてのものです。</translation>
    </message>
    <message>
        <source>{count} more answer(s) recorded for host staff, lecturers, guests or people who withdrew are left out of every survey table.</source>
        <translation>受け入れ側スタッフ、講師、ゲスト、参加取消の人について記録された回答{count}件は、どのアンケート表にも含めていません。</translation>
    </message>
    <message>
        <source>Survey: response rate</source>
        <translation>アンケート：回答率</translation>
    </message>
    <message>
        <source>Survey: satisfaction per part of the week (1 = very dissatisfied, 5 = very satisfied)</source>
        <translation>アンケート：プログラムの部分ごとの満足度（1＝とても不満、5＝とても満足）</translation>
    </message>
    <message>
        <source>A part left blank by a participant is not counted for that part.</source>
        <translation>参加者が空欄にした部分は、その部分では数えていません。</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無回答</translation>
    </message>
    <message>
        <source>Survey: would you like to come back to Japan to study or work?</source>
        <translation>アンケート：日本に戻って学んだり働いたりしたいですか？</translation>
    </message>
    <message>
        <source>Survey: comments</source>
        <translation>アンケート：コメント</translation>
    </message>
    <message>
        <source>Listed without names.</source>
        <translation>氏名は載せていません。</translation>
    </message>
    <message>
        <source>Alumni who agreed to be contacted ({program}, {year})</source>
        <translation>連絡に同意した同窓生（{program}、{year}年）</translation>
    </message>
    <message>
        <source>Only people whose consent to alumni contact is recorded as yes are listed.</source>
        <translation>同窓生としての連絡に「はい」と同意が記録された人だけを載せています。</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>lecturer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Lecturer</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>到着済み</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>出発済み</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>under 15</source>
        <translation>15歳未満</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50歳以上</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（チームなし）</translation>
    </message>
    <message>
        <source>(no room yet)</source>
        <translation>（部屋未定）</translation>
    </message>
    <message>
        <source>Host (no delegation)</source>
        <translation>受け入れ側（派遣団なし）</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{0}. Export it with “Export chart…” as PNG or SVG.</source>
        <translation>{0}。「グラフを書き出す…」で PNG または SVG として書き出せます。</translation>
    </message>
    <message>
        <source>Could not write {0}. Choose a folder you can write to.</source>
        <translation>{0} を書き込めませんでした。書き込みできるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV、Excel 向け UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>SVG ベクター図 (*.svg)</translation>
    </message>
    <message>
        <source>Export the report&apos;s table</source>
        <translation>レポートの表を書き出す</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation>セッション別の出席</translation>
    </message>
    <message>
        <source>Expected and present people at every session, and the rate</source>
        <translation>各セッションの予定人数・出席人数と出席率</translation>
    </message>
    <message>
        <source>Attendance per participant</source>
        <translation>参加者別の出席</translation>
    </message>
    <message>
        <source>Sessions each person was expected at and attended</source>
        <translation>一人ひとりの予定セッション数と出席したセッション数</translation>
    </message>
    <message>
        <source>Attendance per delegation</source>
        <translation>派遣団別の出席</translation>
    </message>
    <message>
        <source>Each delegation&apos;s attendance rate over the recorded sessions</source>
        <translation>出席を記録したセッションでの派遣団ごとの出席率</translation>
    </message>
    <message>
        <source>Attendance per team</source>
        <translation>チーム別の出席</translation>
    </message>
    <message>
        <source>Each team&apos;s attendance rate over the recorded sessions</source>
        <translation>出席を記録したセッションでのチームごとの出席率</translation>
    </message>
    <message>
        <source>Arrivals timeline at a checkpoint</source>
        <translation>受付地点の到着の推移</translation>
    </message>
    <message>
        <source>How many people came in at a checkpoint in each quarter of an hour</source>
        <translation>受付地点に15分ごとに何人が到着したか</translation>
    </message>
    <message>
        <source>Post-visit summary</source>
        <translation>実施報告（訪問後のまとめ）</translation>
    </message>
    <message>
        <source>For the funder: participants by country, institution, role, gender and age; sessions held with their attendance; the list of participants; the survey</source>
        <translation>助成機関向け：国・所属機関・役割・性別・年齢別の参加者、実施したセッションと出席、参加者一覧、アンケート</translation>
    </message>
    <message>
        <source>Catering: dietary needs per meal</source>
        <translation>ケータリング：食事ごとの食事制限</translation>
    </message>
    <message>
        <source>For each meal, how many expected people need halal, vegetarian, vegan … food</source>
        <translation>食事ごとに、ハラール・ベジタリアン・ヴィーガンなどが必要な予定人数</translation>
    </message>
    <message>
        <source>Transfer manifests</source>
        <translation>移動の乗車名簿</translation>
    </message>
    <message>
        <source>For each bus transfer, seats needed against capacity, and who rides with their leader</source>
        <translation>バス移動ごとの必要座席数と定員、乗車する人と引率者</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>部屋割り一覧</translation>
    </message>
    <message>
        <source>Rooms, names, delegation, arrival and departure, for the hotel</source>
        <translation>ホテル向けの部屋・氏名・派遣団・到着と出発</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>アンケート結果</translation>
    </message>
    <message>
        <source>Response rate, satisfaction per part of the week, coming back to Japan, comments</source>
        <translation>回答率、週の各部分の満足度、再来日の希望、コメント</translation>
    </message>
    <message>
        <source>Alumni list (consenting people only)</source>
        <translation>同窓生リスト（同意した人のみ）</translation>
    </message>
    <message>
        <source>Name, institution, country and e-mail of the people who agreed to alumni contact</source>
        <translation>同窓生としての連絡に同意した人の氏名・所属機関・国・メールアドレス</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Attendance rate per delegation</source>
        <translation>派遣団別の出席率</translation>
    </message>
    <message>
        <source>Attendance rate per team</source>
        <translation>チーム別の出席率</translation>
    </message>
    <message>
        <source>Arrivals per quarter of an hour</source>
        <translation>15分ごとの到着人数</translation>
    </message>
    <message>
        <source>Participants by country</source>
        <translation>国別の参加者</translation>
    </message>
    <message>
        <source>Participants by institution</source>
        <translation>所属機関別の参加者</translation>
    </message>
    <message>
        <source>Participants by role</source>
        <translation>役割別の参加者</translation>
    </message>
    <message>
        <source>Participants by gender</source>
        <translation>性別の参加者</translation>
    </message>
    <message>
        <source>Participants by age band</source>
        <translation>年齢層別の参加者</translation>
    </message>
    <message>
        <source>Mean satisfaction per part of the week (1–5)</source>
        <translation>週の各部分の満足度の平均（1～5）</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均点</translation>
    </message>
    <message>
        <source>Would you like to come back to Japan?</source>
        <translation>また日本に来たいですか？</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Which report to show</source>
        <translation>表示するレポート</translation>
    </message>
    <message>
        <source>The checkpoint whose arrivals are counted</source>
        <translation>到着を数える受付地点</translation>
    </message>
    <message>
        <source>This report has several tables: pick one</source>
        <translation>このレポートには複数の表があります。1つ選んでください</translation>
    </message>
    <message>
        <source>Check&amp;point:</source>
        <translation>受付地点(&amp;P)：</translation>
    </message>
    <message>
        <source>The day whose meals or transfers are shown</source>
        <translation>食事や移動を表示する日</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>表(&amp;B)：</translation>
    </message>
    <message>
        <source>Import &amp;answers…</source>
        <translation>回答を取り込む(&amp;A)…</translation>
    </message>
    <message>
        <source>Bring in survey answers from an online form&apos;s export (CSV or Excel)</source>
        <translation>アンケートの回答を、オンラインフォームから書き出したファイル（CSV または Excel）から取り込みます</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>再集計(&amp;C)</translation>
    </message>
    <message>
        <source>Read the database again and recompute the report (F5)</source>
        <translation>データベースを読み直してレポートを集計し直します（F5）</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>レポート(&amp;R)：</translation>
    </message>
    <message>
        <source>Click a column&apos;s header to sort by it; click again to reverse</source>
        <translation>列見出しをクリックするとその列で並べ替えます。もう一度クリックすると逆順になります</translation>
    </message>
    <message>
        <source>Find in the table: a name, a delegation…</source>
        <translation>表の中を検索：氏名、派遣団…</translation>
    </message>
    <message>
        <source>Show only the rows holding every word typed</source>
        <translation>入力したすべての語を含む行だけを表示します</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open a database (File &gt; Open database) to see attendance, the survey and the week&apos;s other reports.</source>
        <translation>出席、アンケート、その週のほかのレポートを見るには、データベースを開いてください（「ファイル」＞「データベースを開く」）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>Create a program, add its people and sessions and check people in; their reports appear here.</source>
        <translation>プログラムを作成し、参加者とセッションを追加して受付を行うと、ここにレポートが表示されます。</translation>
    </message>
    <message>
        <source>{0}: attendance, arrivals, the survey and the week&apos;s lists. Click a column to sort; export the table or the chart.</source>
        <translation>{0}：出席、到着、アンケート、その週の各種リスト。列をクリックすると並べ替えられます。表やグラフを書き出せます。</translation>
    </message>
    <message>
        <source>Checking the check-in journal</source>
        <translation>受付の記録を確認しています</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>全日程</translation>
    </message>
    <message>
        <source>Computing: {0}…</source>
        <translation>集計中：{0}…</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>レポートを集計できませんでした。</translation>
    </message>
    <message>
        <source>computing the report</source>
        <translation>レポートの集計</translation>
    </message>
    <message>
        <source>Cancelled. Press Recompute (F5) to compute it again.</source>
        <translation>キャンセルしました。もう一度集計するには「再集計」（F5）を押してください。</translation>
    </message>
    <message>
        <source>This program has no checkpoint yet: nobody was checked in.</source>
        <translation>このプログラムにはまだ受付地点がありません。誰も受付されていません。</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>表は空です。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>開いたとき</translation>
    </message>
    <message>
        <source>Automatic (data changed)</source>
        <translation>自動（データ変更あり）</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before a roster import</source>
        <translation>名簿の取り込み前</translation>
    </message>
    <message>
        <source>Before merging journals</source>
        <translation>ジャーナルの統合前</translation>
    </message>
    <message>
        <source>Before the purge</source>
        <translation>個人データ消去前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Before upgrading (schema {0})</source>
        <translation>アップグレード前（スキーマ {0}）</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Backups are kept beside each database file: open it with File &gt; Open database.</source>
        <translation>バックアップは各データベースファイルの隣に保存されます。［ファイル］＞［データベースを開く］で開いてください。</translation>
    </message>
    <message>
        <source>This database has no backups here.</source>
        <translation>このデータベースのバックアップはここにはありません。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>{0} をバックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>{0} にバックアップしました</translation>
    </message>
    <message>
        <source>Checking the backup, then backing up the database as it is now…</source>
        <translation>バックアップを確認し、現在のデータベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Backups of {0}, kept in {1}. Restoring replaces what the database holds now by the backup&apos;s content; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>{0} のバックアップ（保存先：{1}）。復元すると、データベースの現在の内容がバックアップの内容に置き換わります。現在の状態は先にバックアップされるので、復元自体も元に戻せます。</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>バックアップを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>別のファイルから復元(&amp;A)…</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} backups.</source>
        <translation>バックアップ {0} 件。</translation>
    </message>
    <message>
        <source>No backups yet: use Back up now to take one.</source>
        <translation>バックアップはまだありません。［今すぐバックアップ］で作成できます。</translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation>{0} のバックアップ（{1}）</translation>
    </message>
    <message>
        <source>Restore another backup file</source>
        <translation>別のバックアップファイルから復元</translation>
    </message>
    <message>
        <source>Sakura Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Replace what {0} holds now by {1}?</source>
        <translation>{0} の現在の内容を {1} で置き換えますか？</translation>
    </message>
    <message>
        <source>Everything entered or scanned since that backup leaves the database. The database as it is now is backed up first: restoring that backup undoes this.</source>
        <translation>そのバックアップ以降に入力・スキャンした内容はデータベースから消えます。現在の状態は先にバックアップされるので、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>{0} を復元しています…</translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation>{0} から復元しました。</translation>
    </message>
    <message>
        <source>The database as it was is kept as {0}.</source>
        <translation>復元前のデータベースは {0} として保存しました。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>{0} にバックアップしました。</translation>
    </message>
    <message>
        <source>After the purge</source>
        <translation>個人データ消去後</translation>
    </message>
    <message>
        <source>{0}: damaged, cannot be restored (point at it for why)</source>
        <translation>{0}：破損のため復元できません（ポインターを合わせると理由が出ます）</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>バックアップ中</translation>
    </message>
    <message>
        <source>reading the backups</source>
        <translation>バックアップの読み込み中</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>バックアップの復元中</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>MINOR</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>MINOR {0}</source>
        <translation>未成年 {0}歳</translation>
    </message>
    <message>
        <source>{name} was already closed at {time} by {station}.</source>
        <translation>{name} は {time} に {station} で終了済みです。</translation>
    </message>
    <message>
        <source>1 person is still unaccounted for. Type why you are closing the roll call anyway (for example &apos;Minji is with the nurse&apos;); the reason is kept.</source>
        <translation>まだ 1 人の所在が確認できていません。それでも点呼を終了する理由を入力してください（例：「ミンジさんは保健室」）。理由は記録されます。</translation>
    </message>
    <message>
        <source>{count} people are still unaccounted for. Type why you are closing the roll call anyway (for example &apos;Minji is with the nurse&apos;); the reason is kept.</source>
        <translation>まだ {count} 人の所在が確認できていません。それでも点呼を終了する理由を入力してください（例：「ミンジさんは保健室」）。理由は記録されます。</translation>
    </message>
    <message>
        <source>Name this station (for example &apos;Main door&apos;) in Settings first.</source>
        <translation>先に設定でこの受付端末に名前を付けてください（例：「正面入口」）。</translation>
    </message>
    <message>
        <source>Roll call {weekday} {time}</source>
        <translation>点呼（{weekday}）{time}</translation>
    </message>
    <message>
        <source>No checkpoint with id {id}.</source>
        <translation>ID {id} の受付地点はありません。</translation>
    </message>
    <message>
        <source>{name} is not a roll call started with &apos;Roll call now&apos;.</source>
        <translation>{name} は「今すぐ点呼」で始めた点呼ではありません。</translation>
    </message>
</context>
<context>
    <name>RollCallController</name>
    <message>
        <source>Roll call</source>
        <translation>点呼</translation>
    </message>
    <message>
        <source>Open a database and choose a program first.</source>
        <translation>先にデータベースを開き、プログラムを選んでください。</translation>
    </message>
    <message>
        <source>starting the roll call</source>
        <translation>点呼の開始</translation>
    </message>
    <message>
        <source>No roll call is open.</source>
        <translation>実施中の点呼はありません。</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>この受付端末</translation>
    </message>
    <message>
        <source>Roll call started at {0} at {1}: account for everyone on site. Scan badges here or at the door.</source>
        <translation>{0} で {1} に点呼が始まりました。現地の全員の所在を確認してください。名札はここか入口でスキャンします。</translation>
    </message>
</context>
<context>
    <name>RollCallPaper</name>
    <message>
        <source>never scanned</source>
        <translation>スキャン記録なし</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>受け入れ側</translation>
    </message>
    <message>
        <source>Everyone is accounted for.</source>
        <translation>全員の所在を確認しました。</translation>
    </message>
    <message>
        <source> · printed at {0}</source>
        <translation> · 印刷：{0}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>closed {0} by {1}</source>
        <translation>{0} に {1} が終了</translation>
    </message>
    <message>
        <source>Unaccounted for: {0}</source>
        <translation>所在未確認：{0}</translation>
    </message>
    <message>
        <source>Started {started} at {where} ({status}) · as of {now}{station} — expected {expected}, accounted for {accounted}, &lt;b&gt;unaccounted for {missing}&lt;/b&gt;</source>
        <translation>{started} に {where} で開始（{status}） · {now} 時点{station} — 予定 {expected} 人、確認済み {accounted} 人、&lt;b&gt;未確認 {missing} 人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後の確認</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>For</source>
        <translation>経過</translation>
    </message>
</context>
<context>
    <name>RollCallWindow</name>
    <message>
        <source>{0} — roll call</source>
        <translation>{0} — 点呼</translation>
    </message>
    <message>
        <source>Scan a badge here to account for its holder</source>
        <translation>ここで名札をスキャンすると、その人の所在を確認済みにします</translation>
    </message>
    <message>
        <source>&amp;Print list</source>
        <translation>リストを印刷(&amp;P)</translation>
    </message>
    <message>
        <source>Print the unaccounted-for list on the default printer</source>
        <translation>所在未確認者のリストを既定のプリンターで印刷します</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close roll call…</source>
        <translation>点呼を終了(&amp;C)…</translation>
    </message>
    <message>
        <source>End the roll call; a reason is needed while anyone is missing</source>
        <translation>点呼を終了します。未確認の人がいる間は理由が必要です</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <source>reading the roll call</source>
        <translation>点呼の読み込み</translation>
    </message>
    <message>
        <source>open for {0}</source>
        <translation>実施中（{0} 経過）</translation>
    </message>
    <message>
        <source>closed at {0} by {1}</source>
        <translation>{0} に {1} が終了</translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <source>{name} — started {time} at {where}, {status}</source>
        <translation>{name} — {time} に {where} で開始、{status}</translation>
    </message>
    <message>
        <source> ({0} minors)</source>
        <translation>（うち未成年 {0} 人）</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;{0}&lt;/b&gt; · accounted for &lt;b&gt;{1}&lt;/b&gt; · &lt;b&gt;unaccounted for {2}&lt;/b&gt;</source>
        <translation>予定 &lt;b&gt;{0}&lt;/b&gt; 人 · 確認済み &lt;b&gt;{1}&lt;/b&gt; 人 · &lt;b&gt;未確認 {2} 人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;{0}&lt;/b&gt; · &lt;b&gt;everyone is accounted for&lt;/b&gt;</source>
        <translation>予定 &lt;b&gt;{0}&lt;/b&gt; 人 · &lt;b&gt;全員確認済み&lt;/b&gt;</translation>
    </message>
    <message>
        <source>recording the scan</source>
        <translation>スキャンの記録</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>リストを PDF として保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close the roll call</source>
        <translation>点呼を終了</translation>
    </message>
    <message>
        <source>{0} people are still unaccounted for. Why are you closing the roll call? (This is kept in the journal.)</source>
        <translation>まだ {0} 人の所在が確認できていません。点呼を終了する理由を入力してください（記録に残ります）。</translation>
    </message>
    <message>
        <source>Everyone is accounted for.</source>
        <translation>全員の所在を確認しました。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>closing the roll call</source>
        <translation>点呼の終了</translation>
    </message>
</context>
<context>
    <name>RosterDelegations</name>
    <message>
        <source>No delegation with id {id}.</source>
        <translation>ID {id} の派遣団はありません。</translation>
    </message>
    <message>
        <source>The delegation needs a name.</source>
        <translation>派遣団の名前を入力してください。</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know; write its English name or its two-letter ISO code (for example Thailand or TH).</source>
        <translation>「{country}」は認識できない国名です。英語名または2文字のISOコード（例：Thailand または TH）で入力してください。</translation>
    </message>
    <message>
        <source>A delegation named {name} already exists in this program.</source>
        <translation>このプログラムには {name} という名前の派遣団がすでにあります。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>The delegation {name} still has {count} participants; move them to another delegation (or delete them) first.</source>
        <translation>派遣団 {name} にはまだ参加者が{count}名います。先にほかの派遣団へ移動（または削除）してください。</translation>
    </message>
    <message>
        <source>The leader of {name} must be a member of {name}.</source>
        <translation>{name} の引率者は {name} のメンバーである必要があります。</translation>
    </message>
</context>
<context>
    <name>RosterEncoding</name>
    <message>
        <source>Unknown encoding {name}; use for example utf-8, shift_jis, gb18030, big5 or euc-kr.</source>
        <translation>文字コード {name} は不明です。utf-8、shift_jis、gb18030、big5、euc-kr などを指定してください。</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: it is UTF-8 except line {lines}, which does not decode as UTF-8 (rows pasted from a file in another encoding); nothing was imported. Open the file in its spreadsheet program, check those rows, and save it again as CSV UTF-8.</source>
        <translation>{file} には複数の文字コードが混在しています。{lines}行目を除いて UTF-8 ですが、この行は UTF-8 として読めません（別の文字コードのファイルから貼り付けた行です）。何も取り込んでいません。表計算ソフトでファイルを開いて該当する行を確認し、CSV UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: it is UTF-8 except lines {lines}, which do not decode as UTF-8 (rows pasted from a file in another encoding); nothing was imported. Open the file in its spreadsheet program, check those rows, and save it again as CSV UTF-8.</source>
        <translation>{file} には複数の文字コードが混在しています。{lines}行目を除いて UTF-8 ですが、これらの行は UTF-8 として読めません（別の文字コードのファイルから貼り付けた行です）。何も取り込んでいません。表計算ソフトでファイルを開いて該当する行を確認し、CSV UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>{lines} and {count} more</source>
        <translation>{lines}、ほか{count}</translation>
    </message>
    <message>
        <source>{lines} and {last}</source>
        <translation>{lines}、{last}</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} text (line {line} holds bytes that {encoding} does not allow). Choose another encoding, or save the file as CSV UTF-8 in Excel.</source>
        <translation>{file} は正しい {encoding} のテキストではありません（{line}行目に {encoding} で使えないバイトがあります）。別の文字コードを選ぶか、Excel で CSV UTF-8 として保存してください。</translation>
    </message>
    <message>
        <source>{file} does not look like a CSV text file: it holds binary data. If it is an Excel workbook, give it the .xlsx extension; otherwise save it from its program as CSV UTF-8.</source>
        <translation>{file} は CSV テキストファイルではないようです（バイナリデータを含んでいます）。Excel ブックであれば拡張子を .xlsx にしてください。そうでなければ、作成したソフトで CSV UTF-8 として保存してください。</translation>
    </message>
    <message>
        <source>{file} is in an unknown text encoding; choose one with --encoding (for example cp1252, cp932, gb18030), or save the file from Excel as CSV UTF-8.</source>
        <translation>{file} の文字コードを判別できません。--encoding で指定する（例：cp1252、cp932、gb18030）か、Excel で CSV UTF-8 として保存してください。</translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of {file} for sure (it reads as {encodings}). Look at the preview and choose the encoding whose names read right (command line: --encoding).</source>
        <translation>{file} の文字コードを確定できません（{encodings} のいずれとしても読めます）。プレビューを見て、名前が正しく表示される文字コードを選んでください（コマンドラインでは --encoding）。</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Cannot export to {file}: name the file .csv or .xlsx.</source>
        <translation>{file} には書き出せません。ファイル名の拡張子を .csv または .xlsx にしてください。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder.</source>
        <translation>{path} に書き込めません：{reason}。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>RosterFields</name>
    <message>
        <source>— not imported —</source>
        <translation>— 取り込まない —</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名（姓名）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地語表記</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>呼び名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>所属機関</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>緊急連絡先の電話</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>RosterFiles</name>
    <message>
        <source>Rosters (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>名簿 (*.csv *.xlsx *.xlsm *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM for Excel (*.csv)</source>
        <translation>CSV（Excel 用 UTF-8 BOM付き） (*.csv)</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>名簿ファイルを選択</translation>
    </message>
    <message>
        <source>Include dietary needs, allergies, emergency contacts and notes</source>
        <translation>食事制限、アレルギー、緊急連絡先、メモを含める</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>参加者の書き出し</translation>
    </message>
    <message>
        <source>Export the participants list?</source>
        <translation>参加者一覧を書き出しますか？</translation>
    </message>
    <message>
        <source>Dietary needs, allergies, emergency contacts and notes are health and family data: they are left out of the file unless you tick the box.</source>
        <translation>食事制限、アレルギー、緊急連絡先、メモは健康や家族に関するデータです。チェックを入れない限り、ファイルには含めません。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>Team colour</source>
        <translation>チームの色</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) workbook, a password-protected one, or another Office file, which cannot be read. Open it in Excel and save it (without a password) as .xlsx (Excel Workbook) or as CSV UTF-8.</source>
        <translation>{file} は旧形式の Excel（.xls）ブック、パスワード付きのブック、またはその他の Office ファイルのため、読み込めません。Excel で開き、パスワードなしで .xlsx（Excel ブック）または CSV UTF-8 として保存してください。</translation>
    </message>
    <message>
        <source>No file at {path}; check the name and folder.</source>
        <translation>{path} にファイルがありません。ファイル名とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>{path} is a folder; choose the roster file inside it.</source>
        <translation>{path} はフォルダーです。中にある名簿ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the limit is {limit} MB for a roster file (a roster of 10,000 people is about 2 MB). Check that this is the roster, or split it into several files and import each.</source>
        <translation>{file} は {size} MB です。名簿ファイルの上限は {limit} MB です（10,000人の名簿で約 2 MB）。名簿ファイルで間違いないか確認するか、複数のファイルに分けてそれぞれ取り込んでください。</translation>
    </message>
    <message>
        <source>{file} is empty. Choose the file that holds the roster, or save it again from Excel.</source>
        <translation>{file} は空です。名簿が入っているファイルを選ぶか、Excel で保存し直してください。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} を読み込めません：{reason}。</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file near line {line} ({error}). Open it in Excel and save it again as CSV.</source>
        <translation>{file} は{line}行目付近で CSV の形式が崩れています（{error}）。Excel で開き、CSV として保存し直してください。</translation>
    </message>
    <message>
        <source>The file has {count} columns; only the first {limit} were read (a roster needs far fewer). If a column you need is further right, move it among the first {limit} in the spreadsheet program and import again.</source>
        <translation>このファイルには{count}列ありますが、読み込んだのは先頭の{limit}列だけです（名簿ならずっと少ないはずです）。必要な列がそれより右にある場合は、表計算ソフトで先頭{limit}列以内に移動してから、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>{file} holds no table: every row is blank.</source>
        <translation>{file} には表がありません（すべての行が空です）。</translation>
    </message>
    <message>
        <source>{file} has a header (row {row}) but no participant rows below it.</source>
        <translation>{file} には見出し行（{row}行目）がありますが、その下に参加者の行がありません。</translation>
    </message>
    <message>
        <source>Row {row} ({cells}) is a total line, not a participant; it was left out.</source>
        <translation>{row}行目（{cells}）は参加者ではなく合計行のため、除外しました。</translation>
    </message>
    <message>
        <source>{file} is a ZIP file but not an Excel workbook (it holds no sheets; perhaps a Word, OpenDocument or Numbers file). Open it in its program and save the roster as .xlsx (Excel Workbook) or as CSV UTF-8.</source>
        <translation>{file} は ZIP ファイルですが、Excel ブックではありません（シートがありません。Word、OpenDocument、Numbers のファイルかもしれません）。作成したソフトで開き、名簿を .xlsx（Excel ブック）または CSV UTF-8 として保存してください。</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB of sheet data; the limit is {limit} MB for a roster (a roster of 10,000 people is about 6 MB). Check that this is the roster, or save only the roster&apos;s sheet as .xlsx or CSV UTF-8 and import that.</source>
        <translation>{file} を展開するとシートのデータが {size} MB になります。名簿の上限は {limit} MB です（10,000人の名簿で約 6 MB）。名簿ファイルで間違いないか確認するか、名簿のシートだけを .xlsx または CSV UTF-8 で保存して取り込んでください。</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook (it looks truncated or damaged). Open it in Excel and save it again as .xlsx, or save it as CSV UTF-8 and import that.</source>
        <translation>{file} は読み込める Excel ブックではありません（途中で切れているか、壊れているようです）。Excel で開いて .xlsx で保存し直すか、CSV UTF-8 で保存して取り込んでください。</translation>
    </message>
    <message>
        <source>{file} has no sheet named {sheet} (sheets: {sheets}).</source>
        <translation>{file} には {sheet} という名前のシートがありません（シート：{sheets}）。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>取り込みを中止しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Delegations created: {names}.</source>
        <translation>作成した派遣団：{names}。</translation>
    </message>
    <message>
        <source>Delegations would be created: {names}.</source>
        <translation>作成される派遣団：{names}。</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>注意：{warning}</translation>
    </message>
    <message>
        <source>Skipped rows: {rows}.</source>
        <translation>スキップした行：{rows}。</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 row has errors. Correct them and import again, or import only the valid rows (--skip-invalid).</source>
        <translation>何も取り込んでいません：1行にエラーがあります。修正してもう一度取り込むか、正しい行だけを取り込んでください（--skip-invalid）。</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have errors. Correct them and import again, or import only the valid rows (--skip-invalid).</source>
        <translation>何も取り込んでいません：{count}行にエラーがあります。修正してもう一度取り込むか、正しい行だけを取り込んでください（--skip-invalid）。</translation>
    </message>
    <message>
        <source>Rejected {source}: {rows}; created {created}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{source} を取り込めませんでした：{rows}。新規 {created}、更新 {updated}、変更なし {unchanged}、スキップ {skipped}。</translation>
    </message>
    <message>
        <source>Would import {source}: {rows}; created {created}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{source} の取り込み予定：{rows}。新規 {created}、更新 {updated}、変更なし {unchanged}、スキップ {skipped}。</translation>
    </message>
    <message>
        <source>Imported {source}: {rows}; created {created}, updated {updated}, unchanged {unchanged}, skipped {skipped}.</source>
        <translation>{source} を取り込みました：{rows}。新規 {created}、更新 {updated}、変更なし {unchanged}、スキップ {skipped}。</translation>
    </message>
    <message>
        <source>the delegation {delegation} is from {country} ({code}), but this row says {row_country}. Correct the country or the delegation.</source>
        <translation>派遣団 {delegation} の国は {country}（{code}）ですが、この行では {row_country} になっています。国または派遣団を修正してください。</translation>
    </message>
    <message>
        <source>{delegation} is a new delegation and the row gives no country. Add a Country column, or create the delegation first.</source>
        <translation>{delegation} は新しい派遣団ですが、この行には国がありません。国の列を追加するか、先に派遣団を作成してください。</translation>
    </message>
    <message>
        <source>this row and row {row} both describe {person}. Remove the repeated row.</source>
        <translation>この行と{row}行目はどちらも {person} を指しています。重複している行を削除してください。</translation>
    </message>
    <message>
        <source>the e-mail {email} already belongs to {person} in this program. Correct the address, or the ID if this is the same person.</source>
        <translation>メールアドレス {email} は、このプログラムではすでに {person} のものです。アドレスを修正するか、同じ人であれば ID を修正してください。</translation>
    </message>
    <message>
        <source>a delegation leader must belong to a delegation; fill in the delegation or country.</source>
        <translation>引率者はいずれかの派遣団に所属している必要があります。派遣団または国を入力してください。</translation>
    </message>
    <message>
        <source>row {row} already names the leader of {delegation}; a delegation has one leader.</source>
        <translation>{row}行目ですでに {delegation} の引率者が指定されています。引率者は派遣団ごとに1名です。</translation>
    </message>
    <message>
        <source>{delegation} already has a leader ({leader}). Change that person&apos;s role first, or mark this row as teacher.</source>
        <translation>{delegation} にはすでに引率者（{leader}）がいます。先にその人の区分を変更するか、この行を教員にしてください。</translation>
    </message>
    <message>
        <source>Importing {source} broke a database rule ({rule}); nothing was written. Check the file for repeated IDs or leaders and try again.</source>
        <translation>{source} の取り込みがデータベースの規則（{rule}）に反したため、何も書き込んでいません。ファイルに重複した ID や引率者がないか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>1 row ({rows}) names a person with no delegation or country, though the program has several delegations. Host staff need none; for a student or teacher, fill in the delegation or country.</source>
        <translation>このプログラムには複数の派遣団がありますが、1行（{rows}）の人に派遣団も国もありません。受け入れ側のスタッフには不要ですが、学生や教員であれば派遣団または国を入力してください。</translation>
    </message>
    <message>
        <source>{count} rows ({rows}) name people with no delegation or country, though the program has several delegations. Host staff need none; for a student or teacher, fill in the delegation or country.</source>
        <translation>このプログラムには複数の派遣団がありますが、{count}行（{rows}）の人に派遣団も国もありません。受け入れ側のスタッフには不要ですが、学生や教員であれば派遣団または国を入力してください。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
</context>
<context>
    <name>RosterMapping</name>
    <message>
        <source>The mapping gives column {header} the unknown field {value}; use one of: {known} (or null to ignore the column).</source>
        <translation>対応付けで列 {header} に不明な項目 {value} が指定されています。次のいずれかを使ってください：{known}（列を無視する場合は null）。</translation>
    </message>
    <message>
        <source>The mapping names a column {header} that this file lacks.</source>
        <translation>対応付けにある列 {header} がこのファイルにはありません。</translation>
    </message>
    <message>
        <source>The mapping puts both {first} and {second} into {field}; choose one.</source>
        <translation>対応付けで {first} と {second} の両方が「{field}」に指定されています。どちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>No column holds the participants&apos; names. Map a column to Family name and Given name (or to Full name); the headers are: {headers}.</source>
        <translation>参加者の名前が入った列がありません。列を「姓」と「名」（または「氏名（姓名）」）に対応付けてください。見出しは次のとおりです：{headers}。</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON ({error} at {position}).</source>
        <translation>対応付けが正しい JSON ではありません（位置 {position}：{error}）。</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object {&quot;column header&quot;: &quot;field&quot; or null}, for example {&quot;氏名&quot;: &quot;full_name&quot;, &quot;所属&quot;: &quot;institution&quot;}.</source>
        <translation>対応付けは JSON オブジェクト {&quot;列の見出し&quot;: &quot;項目&quot; または null} で指定してください。例：{&quot;氏名&quot;: &quot;full_name&quot;, &quot;所属&quot;: &quot;institution&quot;}。</translation>
    </message>
    <message>
        <source>Column {header} holds non-Latin text in {rows} but is not mapped to any field; choose its field or it will not be imported.</source>
        <translation>列 {header} には{rows}にラテン文字以外のテキストがありますが、どの項目にも対応付けられていません。項目を選ばないと取り込まれません。</translation>
    </message>
    <message>
        <source>Column {header} looks like it holds names ({rows} filled in) but is not mapped to any field; choose its field or it will not be imported.</source>
        <translation>列 {header} には名前が入っているようです（{rows}に入力あり）が、どの項目にも対応付けられていません。項目を選ばないと取り込まれません。</translation>
    </message>
</context>
<context>
    <name>RosterParticipants</name>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>Cannot save the participant: {problems}</source>
        <translation>参加者を保存できません：{problems}</translation>
    </message>
    <message>
        <source>No participant with id {id}.</source>
        <translation>ID {id} の参加者はいません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>fill in the family name or the given name.</source>
        <translation>姓または名を入力してください。</translation>
    </message>
    <message>
        <source>keep the title to {count} characters, such as Prof. or Dr.</source>
        <translation>敬称は{count}文字以内にしてください（例：Prof.、Dr.）。</translation>
    </message>
    <message>
        <source>choose a delegation of this program.</source>
        <translation>このプログラムの派遣団を選んでください。</translation>
    </message>
    <message>
        <source>{value} already belongs to another participant.</source>
        <translation>{value} はすでに別の参加者が使っています。</translation>
    </message>
    <message>
        <source>a delegation leader must belong to a delegation.</source>
        <translation>引率者はいずれかの派遣団に所属している必要があります。</translation>
    </message>
    <message>
        <source>this delegation already has a leader; change theirs first.</source>
        <translation>この派遣団にはすでに引率者がいます。先にその人の設定を変更してください。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>Some of the chosen participants no longer exist; reload.</source>
        <translation>選んだ参加者の一部はもう存在しません。再読み込みしてください。</translation>
    </message>
</context>
<context>
    <name>RosterTeams</name>
    <message>
        <source>{names} and {last}</source>
        <translation>{names}、{last}</translation>
    </message>
    <message>
        <source>{teams} is now empty; delete or reuse it.</source>
        <translation>{teams} は空になりました。削除するか、再利用してください。</translation>
    </message>
    <message>
        <source>{teams} is now empty but 1 session still lists it; delete or reuse it.</source>
        <translation>{teams} は空になりましたが、まだ1件のセッションの対象になっています。削除するか、再利用してください。</translation>
    </message>
    <message>
        <source>{teams} is now empty but {count} sessions still list it; delete or reuse it.</source>
        <translation>{teams} は空になりましたが、まだ{count}件のセッションの対象になっています。削除するか、再利用してください。</translation>
    </message>
    <message>
        <source>{teams} are now empty; delete or reuse them.</source>
        <translation>{teams} は空になりました。削除するか、再利用してください。</translation>
    </message>
    <message>
        <source>{teams} are now empty but 1 session still lists them; delete or reuse them.</source>
        <translation>{teams} は空になりましたが、まだ1件のセッションの対象になっています。削除するか、再利用してください。</translation>
    </message>
    <message>
        <source>{teams} are now empty but {count} sessions still list them; delete or reuse them.</source>
        <translation>{teams} は空になりましたが、まだ{count}件のセッションの対象になっています。削除するか、再利用してください。</translation>
    </message>
    <message>
        <source>No team with id {id}.</source>
        <translation>ID {id} のチームはありません。</translation>
    </message>
    <message>
        <source>Some of the chosen participants are not in this program; reload.</source>
        <translation>選んだ参加者の一部はこのプログラムにいません。再読み込みしてください。</translation>
    </message>
    <message>
        <source>The team needs a name.</source>
        <translation>チームの名前を入力してください。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>A team named {name} already exists in this program.</source>
        <translation>このプログラムには {name} という名前のチームがすでにあります。</translation>
    </message>
    <message>
        <source>The team is the audience of {count} sessions; remove it from them first.</source>
        <translation>このチームは{count}件のセッションの対象になっています。先にセッションの対象から外してください。</translation>
    </message>
    <message>
        <source>The chosen participants no longer exist; reload.</source>
        <translation>選んだ参加者はもう存在しません。再読み込みしてください。</translation>
    </message>
    <message>
        <source>Ask for at least one team.</source>
        <translation>チーム数は1以上を指定してください。</translation>
    </message>
    <message>
        <source>There is nobody to put into teams: import the roster first.</source>
        <translation>チームに分ける参加者がいません。先に名簿を取り込んでください。</translation>
    </message>
    <message>
        <source>Cannot form {teams} teams from {people} people; ask for fewer.</source>
        <translation>{people}人から{teams}チームは作れません。チーム数を減らしてください。</translation>
    </message>
</context>
<context>
    <name>RosterValidation</name>
    <message>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>{row}行目、列「{column}」：{message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>{row}行目：{message}</translation>
    </message>
    <message>
        <source>the name is empty; fill in the family name or the given name, or remove the row.</source>
        <translation>名前が空です。姓または名を入力するか、この行を削除してください。</translation>
    </message>
    <message>
        <source>“{country}” is not a country we know; write its English name or its two-letter ISO code (for example Thailand or TH).</source>
        <translation>「{country}」は認識できない国名です。英語名または2文字のISOコード（例：Thailand または TH）で入力してください。</translation>
    </message>
    <message>
        <source>the ID “{id}” is also on row {row}; each participant appears once. Remove one row or correct the ID.</source>
        <translation>ID「{id}」は{row}行目にもあります。参加者は1回だけ記載してください。どちらかの行を削除するか、ID を修正してください。</translation>
    </message>
    <message>
        <source>the e-mail {email} is also on row {row}; each participant needs their own address (or leave it empty).</source>
        <translation>メールアドレス {email} は{row}行目にもあります。参加者ごとに別のアドレスが必要です（空欄でもかまいません）。</translation>
    </message>
    <message>
        <source>the same name, date of birth and delegation as row {row}. Remove the repeated row; if they are two people, give them IDs or dates of birth.</source>
        <translation>{row}行目と名前・生年月日・派遣団が同じです。重複している行を削除してください。別の人であれば、ID または生年月日を入力してください。</translation>
    </message>
</context>
<context>
    <name>RosterValues</name>
    <message>
        <source>write it as YYYY-MM-DD, for example 2008-04-05</source>
        <translation>YYYY-MM-DD の形式（例：2008-04-05）で入力してください</translation>
    </message>
    <message>
        <source>“{value}” is not a date we can read; {hint}.</source>
        <translation>「{value}」は日付として読めません。{hint}。</translation>
    </message>
    <message>
        <source>{value} is not a date; {hint}.</source>
        <translation>{value} は日付ではありません。{hint}。</translation>
    </message>
    <message>
        <source>{date} is in the future; check the year.</source>
        <translation>{date} は未来の日付です。年を確認してください。</translation>
    </message>
    <message>
        <source>{date} is before 1900; check the year.</source>
        <translation>{date} は1900年より前です。年を確認してください。</translation>
    </message>
    <message>
        <source>“{value}” is not a gender we know; write F or M (女/男, female/male), X for other, or leave it empty.</source>
        <translation>「{value}」は認識できない性別です。F または M（女/男、female/male）、その他は X で入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>“{value}” is not a role we know; use one of {known} (or leader).</source>
        <translation>「{value}」は認識できない区分です。{known}（または leader）のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address; write it as name@example.org.</source>
        <translation>「{value}」はメールアドレスではありません。name@example.org の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>RosterWording</name>
    <message>
        <source>1 row</source>
        <translation>1行</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count}行</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Looking for a rotation…</source>
        <translation>ローテーションを探しています…</translation>
    </message>
    <message>
        <source>Checking the plan against the week…</source>
        <translation>計画を週の日程と照合しています…</translation>
    </message>
    <message>
        <source>This plan creates 1 conflict with the rest of the week. Apply writes it anyway; fix them in the week view, or change the slots and Plan again.</source>
        <translation>この計画は週のほかの日程と 1 件競合します。「日程に反映」を押すとそのまま書き込まれます。週表示で直すか、時間枠を変えてもう一度計画してください。</translation>
    </message>
    <message>
        <source>This plan creates {0} conflicts with the rest of the week. Apply writes it anyway; fix them in the week view, or change the slots and Plan again.</source>
        <translation>この計画は週のほかの日程と {0} 件競合します。「日程に反映」を押すとそのまま書き込まれます。週表示で直すか、時間枠を変えてもう一度計画してください。</translation>
    </message>
    <message>
        <source>… and {0} more.</source>
        <translation>… ほか {0} 件。</translation>
    </message>
    <message>
        <source>Rotation planner</source>
        <translation>ローテーション計画</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Stations (venues)</source>
        <translation>ステーション（会場）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>&amp;Add slot</source>
        <translation>時間枠を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>時間枠を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Time slots</source>
        <translation>時間枠</translation>
    </message>
    <message>
        <source>automatic (venue seats ÷ largest team)</source>
        <translation>自動（会場の席数 ÷ 最大チームの人数）</translation>
    </message>
    <message>
        <source>Teams per station at &amp;once:</source>
        <translation>1 ステーションの同時チーム数(&amp;O)：</translation>
    </message>
    <message>
        <source>Session &amp;titles:</source>
        <translation>セッションのタイトル(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>計画する(&amp;P)</translation>
    </message>
    <message>
        <source>Choose the teams, the stations and the time slots, then Plan. Each team visits each station once.</source>
        <translation>チーム・ステーション・時間枠を選んでから「計画する」を押してください。各チームは各ステーションを 1 回ずつ回ります。</translation>
    </message>
    <message>
        <source>Apply to the schedule</source>
        <translation>日程に反映</translation>
    </message>
    <message>
        <source>, {0} seats</source>
        <translation>、{0} 席</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>ローテーションの計画</translation>
    </message>
    <message>
        <source>Planning the rotation</source>
        <translation>ローテーションを計画しています</translation>
    </message>
    <message>
        <source>No rotation is possible: {0}</source>
        <translation>ローテーションを組めません：{0}</translation>
    </message>
    <message>
        <source>The rotation was not written: {0}</source>
        <translation>ローテーションは書き込まれませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>ScheduleCalendar</name>
    <message>
        <source>Export the calendar of a team or of a participant, not both.</source>
        <translation>書き出すのはチームか参加者のどちらか一方のカレンダーにしてください。</translation>
    </message>
    <message>
        <source>No team with id {id} in this program.</source>
        <translation>このプログラムに ID {id} のチームはありません。</translation>
    </message>
    <message>
        <source>No participant with id {id} in this program.</source>
        <translation>このプログラムに ID {id} の参加者はいません。</translation>
    </message>
</context>
<context>
    <name>ScheduleChanges</name>
    <message>
        <source>That session no longer exists; it may have been deleted.</source>
        <translation>そのセッションはもうありません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>Writing the rotation…</source>
        <translation>ローテーションを書き込んでいます…</translation>
    </message>
    <message>
        <source>Apply rotation ({0} sessions)</source>
        <translation>ローテーションの反映（{0} セッション）</translation>
    </message>
</context>
<context>
    <name>ScheduleConflicts</name>
    <message>
        <source>{session} ends when it starts.</source>
        <translation>{session}は開始と同時に終了します。</translation>
    </message>
    <message>
        <source>{session} ends before it starts.</source>
        <translation>{session}は開始より前に終了します。</translation>
    </message>
    <message>
        <source>{session} is outside the program&apos;s dates ({first} to {last}).</source>
        <translation>{session}はプログラムの期間（{first}～{last}）外です。</translation>
    </message>
    <message>
        <source>{session} has {size} people but room for {capacity}.</source>
        <translation>{session}は{size}人ですが、定員は{capacity}人です。</translation>
    </message>
    <message>
        <source>{session} has {size} people but {venue} holds {capacity}.</source>
        <translation>{session}は{size}人ですが、{venue}の収容人数は{capacity}人です。</translation>
    </message>
    <message>
        <source>{session}: no travel time is set {trip}; add it to check this transfer.</source>
        <translation>{session}：{trip}の移動時間が設定されていません。この移動を確認するには移動時間を追加してください。</translation>
    </message>
    <message>
        <source>{session} takes {minutes} min but the trip {trip} takes {need} min.</source>
        <translation>{session}は{minutes}分ですが、{trip}の移動には{need}分かかります。</translation>
    </message>
    <message>
        <source>{name} lectures {session} but is available only {spans}.</source>
        <translation>{name}は{session}で講義しますが、都合がつくのは{spans}だけです。</translation>
    </message>
    <message>
        <source>{venue} is double-booked: {first} and {second}.</source>
        <translation>{venue}が重複して予約されています：{first}と{second}。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}と{second}</translation>
    </message>
    <message>
        <source>Everyone is in two places at once: {sessions}.</source>
        <translation>全員が同時に2か所にいることになっています：{sessions}。</translation>
    </message>
    <message>
        <source>{name} lectures in one and is expected at the other: {sessions}.</source>
        <translation>{name}は一方で講義し、もう一方にも出席する予定です：{sessions}。</translation>
    </message>
    <message>
        <source>{name} lectures in two places at once: {sessions}.</source>
        <translation>{name}が同時に2か所で講義することになっています：{sessions}。</translation>
    </message>
    <message>
        <source>{who} is in two places at once: {sessions}.</source>
        <translation>{who}が同時に2か所にいることになっています：{sessions}。</translation>
    </message>
    <message>
        <source>{who} are in two places at once: {sessions}.</source>
        <translation>{who}が同時に2か所にいることになっています：{sessions}。</translation>
    </message>
    <message>
        <source>The delegation {name} is in two places at once: {sessions}.</source>
        <translation>派遣団{name}が同時に2か所にいることになっています：{sessions}。</translation>
    </message>
    <message>
        <source>{who}: {before} to {after}, {gap} min, and no travel time is set {trip}.</source>
        <translation>{who}：{before}から{after}まで{gap}分ですが、{trip}の移動時間が設定されていません。</translation>
    </message>
    <message>
        <source>{who}: only {gap} min from {before} to {after}; the trip {trip} takes {need} min.</source>
        <translation>{who}：{before}から{after}まで{gap}分しかありませんが、{trip}の移動には{need}分かかります。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Everyone and {names}</source>
        <translation>全員と{names}</translation>
    </message>
    <message>
        <source>{names} and {count} others</source>
        <translation>{names}ほか{count}人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>参加者{id}</translation>
    </message>
    <message>
        <source>site {id}</source>
        <translation>会場（拠点）{id}</translation>
    </message>
    <message>
        <source>from {origin} to {destination}</source>
        <translation>{origin}から{destination}まで</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Loading the schedule</source>
        <translation>日程を読み込んでいます</translation>
    </message>
    <message>
        <source>redoing {0}</source>
        <translation>「{0}」のやり直し</translation>
    </message>
    <message>
        <source>undoing {0}</source>
        <translation>「{0}」の取り消し</translation>
    </message>
</context>
<context>
    <name>ScheduleDates</name>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{month_number}月{day_number}日（{weekday}）</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{year}年{month_number}月{day_number}日（{weekday}）</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month_number}月{day_number}日</translation>
    </message>
    <message>
        <source>{day_number} {month_long} {year}</source>
        <translation>{year}年{month_number}月{day_number}日</translation>
    </message>
    <message>
        <source>{weekday_long} {day_number} {month_long} {year}</source>
        <translation>{year}年{month_number}月{day_number}日（{weekday_long}）</translation>
    </message>
</context>
<context>
    <name>ScheduleEditing</name>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation>別の変更を保存中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Create &apos;{0}&apos;</source>
        <translation>「{0}」を作成</translation>
    </message>
    <message>
        <source>Edit &apos;{0}&apos;</source>
        <translation>「{0}」を編集</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Edit session — {0}</source>
        <translation>セッションの編集 — {0}</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>セッションの削除</translation>
    </message>
    <message>
        <source>Delete &apos;{0}&apos; ({1})?</source>
        <translation>「{0}」（{1}）を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Its check-in records stay. Undo (Ctrl+Z) brings the session back.</source>
        <translation>受付の記録は残ります。元に戻す（Ctrl+Z）でセッションを復活できます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Delete &apos;{0}&apos;</source>
        <translation>「{0}」を削除</translation>
    </message>
    <message>
        <source>Apply rotation</source>
        <translation>ローテーションの反映</translation>
    </message>
    <message>
        <source>writing the rotation</source>
        <translation>ローテーションの書き込み</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>タイトルが空です</translation>
    </message>
    <message>
        <source>the kind {kind} is not one of {kinds}</source>
        <translation>種類{kind}は{kinds}のいずれでもありません</translation>
    </message>
    <message>
        <source>the start and end need a time zone</source>
        <translation>開始と終了にはタイムゾーンが必要です</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>開始より前に終了します</translation>
    </message>
    <message>
        <source>it lasts 0 min</source>
        <translation>長さが0分です</translation>
    </message>
    <message>
        <source>the capacity must be at least 1 (or empty)</source>
        <translation>定員は1以上にしてください（または空欄）</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>タイトルが200文字を超えています</translation>
    </message>
    <message>
        <source>venue {id} is not in this program</source>
        <translation>会場{id}はこのプログラムにありません</translation>
    </message>
    <message>
        <source>site {id} is not in this program</source>
        <translation>会場（拠点）{id}はこのプログラムにありません</translation>
    </message>
    <message>
        <source>only a transfer has a destination</source>
        <translation>行き先を指定できるのは移動だけです</translation>
    </message>
    <message>
        <source>the lecturer (participant {id}) is not in this program</source>
        <translation>講師（参加者{id}）はこのプログラムにいません</translation>
    </message>
    <message>
        <source>team {id} is not in this program</source>
        <translation>チーム{id}はこのプログラムにありません</translation>
    </message>
    <message>
        <source>delegation {id} is not in this program</source>
        <translation>派遣団{id}はこのプログラムにありません</translation>
    </message>
    <message>
        <source>participant {id} is not in this program</source>
        <translation>参加者{id}はこのプログラムにいません</translation>
    </message>
    <message>
        <source>a session for everyone names no teams, delegations or participants</source>
        <translation>全員向けのセッションにはチーム・派遣団・参加者を指定できません</translation>
    </message>
    <message>
        <source>No session with id {id}; it may have been deleted.</source>
        <translation>ID {id} のセッションはありません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>another site is already called {name}</source>
        <translation>{name}という会場（拠点）がすでにあります</translation>
    </message>
    <message>
        <source>Cannot delete the site {name}: {count} session(s) take place at its venues. Move or delete them first.</source>
        <translation>会場（拠点）{name}は削除できません：その会場で{count}件のセッションが行われます。先にセッションを移動するか削除してください。</translation>
    </message>
    <message>
        <source>the capacity must be at least 1 (or empty for open space)</source>
        <translation>収容人数は1以上にしてください（屋外などは空欄）</translation>
    </message>
    <message>
        <source>this site already has a venue called {name}</source>
        <translation>この会場（拠点）には{name}という会場がすでにあります</translation>
    </message>
    <message>
        <source>Cannot delete the venue {name}: {count} session(s) take place there. Move or delete them first.</source>
        <translation>会場{name}は削除できません：そこで{count}件のセッションが行われます。先にセッションを移動するか削除してください。</translation>
    </message>
    <message>
        <source>the two sites are the same</source>
        <translation>2つの会場（拠点）が同じです</translation>
    </message>
    <message>
        <source>the minutes cannot be negative</source>
        <translation>分数をマイナスにはできません</translation>
    </message>
    <message>
        <source>{name} is a {role}, not a lecturer; remove them from the roster.</source>
        <translation>{name}は講師ではなく{role}です。名簿から削除してください。</translation>
    </message>
    <message>
        <source>Cannot delete {name}: their check-in records must be kept.</source>
        <translation>{name}は削除できません：受付の記録を残す必要があります。</translation>
    </message>
    <message>
        <source>window {number} ends before it starts</source>
        <translation>時間帯{number}は開始より前に終了します</translation>
    </message>
    <message>
        <source>Cannot save the session: {problems}.</source>
        <translation>セッションを保存できません：{problems}。</translation>
    </message>
    <message>
        <source>Cannot save the site: {problems}.</source>
        <translation>会場（拠点）を保存できません：{problems}。</translation>
    </message>
    <message>
        <source>Cannot save the venue: {problems}.</source>
        <translation>会場を保存できません：{problems}。</translation>
    </message>
    <message>
        <source>Cannot save the travel time: {problems}.</source>
        <translation>移動時間を保存できません：{problems}。</translation>
    </message>
    <message>
        <source>Cannot save the lecturer: {problems}.</source>
        <translation>講師を保存できません：{problems}。</translation>
    </message>
    <message>
        <source>Cannot save the availability: {problems}.</source>
        <translation>都合のつく時間帯を保存できません：{problems}。</translation>
    </message>
    <message>
        <source>No site with id {id}.</source>
        <translation>ID {id} の会場（拠点）はありません。</translation>
    </message>
    <message>
        <source>No venue with id {id}.</source>
        <translation>ID {id} の会場はありません。</translation>
    </message>
    <message>
        <source>No lecturer with id {id}.</source>
        <translation>ID {id} の講師はいません。</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>ID {id} の人はいません。</translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message>
        <source>Schedules (*.xlsx *.csv);;All files (*)</source>
        <translation>日程ファイル (*.xlsx *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>日程を取り込む</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>日程を書き出す</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>iCalendar を書き出す</translation>
    </message>
</context>
<context>
    <name>ScheduleImport</name>
    <message>
        <source>no team {name} in this program</source>
        <translation>このプログラムにチーム{name}はありません</translation>
    </message>
    <message>
        <source>no delegation {name} in this program</source>
        <translation>このプログラムに派遣団{name}はありません</translation>
    </message>
    <message>
        <source>no participant {name} in this program</source>
        <translation>このプログラムに参加者{name}はいません</translation>
    </message>
    <message>
        <source>no site {name} in this program</source>
        <translation>このプログラムに会場（拠点）{name}はありません</translation>
    </message>
    <message>
        <source>no team, delegation or participant {name} in this program</source>
        <translation>このプログラムにチーム・派遣団・参加者{name}はありません</translation>
    </message>
    <message>
        <source>{name} names several teams</source>
        <translation>{name}に当たるチームが複数あります</translation>
    </message>
    <message>
        <source>{name} names several delegations</source>
        <translation>{name}に当たる派遣団が複数あります</translation>
    </message>
    <message>
        <source>{name} names several participants</source>
        <translation>{name}に当たる参加者が複数います</translation>
    </message>
    <message>
        <source>{name} names several sites</source>
        <translation>{name}に当たる会場（拠点）が複数あります</translation>
    </message>
    <message>
        <source>{name} names several team, delegation or participants</source>
        <translation>{name}に当たるチーム・派遣団・参加者が複数あります</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}行目</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>{row}行目、{column}列</translation>
    </message>
    <message>
        <source>row {row}, column {column} ({letter})</source>
        <translation>{row}行目、{column}列（{letter}）</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>…ほか{count}件</translation>
    </message>
    <message>
        <source>Cannot import {source}: {count} problem(s), nothing was changed.</source>
        <translation>{source}を取り込めません：問題が{count}件あります。何も変更していません。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <source>Cannot export to {name}: use a .csv or .xlsx file name.</source>
        <translation>{name}に書き出せません：.csv か .xlsx のファイル名にしてください。</translation>
    </message>
    <message>
        <source>Cannot import {name}: use a .csv or .xlsx file.</source>
        <translation>{name}を取り込めません：.csv か .xlsx のファイルを使ってください。</translation>
    </message>
    <message>
        <source>Cannot read {name}: it is neither UTF-8 nor Shift_JIS text. Save it from Excel as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>{name}を読み込めません：UTF-8 でも Shift_JIS でもありません。Excel で「CSV UTF-8」形式で保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path}を読み込めません：{reason}。</translation>
    </message>
    <message>
        <source>Cannot open {name} as an Excel workbook: {reason}.</source>
        <translation>{name}を Excel ブックとして開けません：{reason}。</translation>
    </message>
    <message>
        <source>{name} is empty: it needs a header row ({columns}).</source>
        <translation>{name}は空です：見出し行（{columns}）が必要です。</translation>
    </message>
    <message>
        <source>this column is missing from the header</source>
        <translation>この列が見出し行にありません</translation>
    </message>
    <message>
        <source>no venue {name} at {site} in this program; add it first</source>
        <translation>このプログラムの{site}に会場{name}はありません。先に追加してください</translation>
    </message>
    <message>
        <source>no venue {name} in this program; add it first</source>
        <translation>このプログラムに会場{name}はありません。先に追加してください</translation>
    </message>
    <message>
        <source>several venues are called {name}; fill in the site column</source>
        <translation>{name}という会場が複数あります。site 列に会場（拠点）を記入してください</translation>
    </message>
    <message>
        <source>{value} is not a date and time like 2026-07-14 09:15</source>
        <translation>{value}は 2026-07-14 09:15 のような日時ではありません</translation>
    </message>
    <message>
        <source>{value} is not a real date and time ({reason})</source>
        <translation>{value}は実在しない日時です（{reason}）</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>タイトルが空です</translation>
    </message>
    <message>
        <source>the session ends before (or when) it starts</source>
        <translation>セッションが開始より前（または開始と同時）に終了します</translation>
    </message>
    <message>
        <source>only a transfer has a destination</source>
        <translation>行き先を指定できるのは移動だけです</translation>
    </message>
    <message>
        <source>longer than 200 characters</source>
        <translation>200文字を超えています</translation>
    </message>
    <message>
        <source>{value} is not a session kind ({kinds})</source>
        <translation>{value}はセッションの種類（{kinds}）ではありません</translation>
    </message>
    <message>
        <source>{value} is not a uuid (leave it empty for a new session)</source>
        <translation>{value}は uuid ではありません（新しいセッションなら空欄にしてください）</translation>
    </message>
    <message>
        <source>{value} is not a positive whole number</source>
        <translation>{value}は正の整数ではありません</translation>
    </message>
    <message>
        <source>the same session as row {row} (same uuid)</source>
        <translation>{row}行目と同じセッションです（uuid が同じ）</translation>
    </message>
    <message>
        <source>the same session as row {row} (same title and start)</source>
        <translation>{row}行目と同じセッションです（タイトルと開始が同じ）</translation>
    </message>
    <message>
        <source>this uuid belongs to a session of another program; clear it to create a new session</source>
        <translation>この uuid は別のプログラムのセッションのものです。新しいセッションにするには空欄にしてください</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Drag a block to move it, drag its bottom edge to change its length, double-click to edit. Arrows select, Alt+arrows nudge, Enter edits, Delete deletes.</source>
        <translation>ブロックをドラッグで移動、下端をドラッグで長さを変更、ダブルクリックで編集します。矢印キーで選択、Alt+矢印キーで少しずつ移動、Enter で編集、Delete で削除します。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新しいセッション…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <source>Rotation planner…</source>
        <translation>ローテーション計画…</translation>
    </message>
    <message>
        <source>Places and lecturers…</source>
        <translation>会場と講師…</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>日程を取り込む…</translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation>日程を書き出す…</translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation>iCalendar を書き出す…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Whole program</source>
        <translation>プログラム全体</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>チーム別</translation>
    </message>
    <message>
        <source>One venue</source>
        <translation>会場別</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>参加者別</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新しいセッション(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rotation planner…</source>
        <translation>ローテーション計画(&amp;R)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>縮小（Ctrl+ホイール）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>拡大（Ctrl+ホイール）</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open or create a database (File menu) to plan the week&apos;s schedule.</source>
        <translation>週の日程を組むには、データベースを開くか作成してください（ファイルメニュー）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Reading the database.</source>
        <translation>データベースを読み込んでいます。</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>Create a program (its dates and time zone) before planning its schedule.</source>
        <translation>日程を組む前に、プログラム（日付とタイムゾーン）を作成してください。</translation>
    </message>
    <message>
        <source>The schedule could not be loaded</source>
        <translation>日程を読み込めませんでした</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>表示するものがありません。</translation>
    </message>
    <message>
        <source>No conflicts (if dropped here) in this view ({0} in the week)</source>
        <translation>この表示では競合なし（ここに置いた場合）（週全体では{0}）</translation>
    </message>
    <message>
        <source>No conflicts in this view ({0} in the week)</source>
        <translation>この表示では競合なし（週全体では{0}）</translation>
    </message>
    <message>
        <source>No conflicts (if dropped here)</source>
        <translation>競合なし（ここに置いた場合）</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>競合なし</translation>
    </message>
    <message>
        <source>{0} (if dropped here)</source>
        <translation>{0}（ここに置いた場合）</translation>
    </message>
    <message>
        <source>{0} in this view (if dropped here) ({1} in the week)</source>
        <translation>この表示で{0}（ここに置いた場合）（週全体では {1} 件）</translation>
    </message>
    <message>
        <source>{0} in this view ({1} in the week)</source>
        <translation>この表示で{0}（週全体では {1} 件）</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>元に戻す：{0}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>やり直す：{0}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直す（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>対象：{0}</translation>
    </message>
    <message>
        <source>Resize &apos;{0}&apos;</source>
        <translation>「{0}」の長さを変更</translation>
    </message>
    <message>
        <source>Move &apos;{0}&apos;</source>
        <translation>「{0}」を移動</translation>
    </message>
</context>
<context>
    <name>ScheduleRotation</name>
    <message>
        <source>Slot {number}: {when}</source>
        <translation>枠{number}：{when}</translation>
    </message>
    <message>
        <source>A rotation needs at least one team, one station and one time slot.</source>
        <translation>ローテーションには、チーム・見学先・時間枠がそれぞれ1つ以上必要です。</translation>
    </message>
    <message>
        <source>The team {name} is listed twice.</source>
        <translation>チーム{name}が2回指定されています。</translation>
    </message>
    <message>
        <source>The station {name} is listed twice.</source>
        <translation>見学先{name}が2回指定されています。</translation>
    </message>
    <message>
        <source>The station {name} must take at least one team at a time.</source>
        <translation>見学先{name}は一度に1チーム以上を受け入れる必要があります。</translation>
    </message>
    <message>
        <source>Time slot {number} ends before it starts.</source>
        <translation>時間枠{number}は開始より前に終了します。</translation>
    </message>
    <message>
        <source>Time slot {number} starts before slot {previous} ends; slots must be in time order and must not overlap.</source>
        <translation>時間枠{number}が枠{previous}の終了前に始まります。時間枠は時刻順に並べ、重ならないようにしてください。</translation>
    </message>
    <message>
        <source>Each team must visit {stations} stations but there are only {slots} slots; add {more} slot(s) or drop station(s).</source>
        <translation>各チームは{stations}か所の見学先を回る必要がありますが、時間枠は{slots}つしかありません。時間枠を{more}つ追加するか、見学先を減らしてください。</translation>
    </message>
    <message>
        <source>Each team must visit {stations} stations but there is only 1 slot; add {more} slot(s) or drop station(s).</source>
        <translation>各チームは{stations}か所の見学先を回る必要がありますが、時間枠は1つしかありません。時間枠を{more}つ追加するか、見学先を減らしてください。</translation>
    </message>
    <message>
        <source>capacity {capacity}</source>
        <translation>受け入れ数{capacity}</translation>
    </message>
    <message>
        <source>their capacities</source>
        <translation>各受け入れ数</translation>
    </message>
    <message>
        <source>{teams} teams × {stations} stations need {needed} visits but {stations} stations × {per} × {slots} slots give only {available}.</source>
        <translation>{teams}チーム × 見学先{stations}か所で{needed}回の訪問が必要ですが、見学先{stations}か所 × {per} × 時間枠{slots}つでは{available}回にしかなりません。</translation>
    </message>
    <message>
        <source>{station} takes {capacity} team(s) per slot × {slots} slots = {visits} visits, but all {teams} teams must visit it; raise its capacity or add slots.</source>
        <translation>{station}は1枠{capacity}チーム × {slots}枠 = {visits}回の訪問を受け入れられますが、全{teams}チームが訪れる必要があります。受け入れ数を増やすか、時間枠を追加してください。</translation>
    </message>
    <message>
        <source>No plan found within {steps} search steps; the travel times between stations leave very few orders. Try more time between slots or fewer sites.</source>
        <translation>{steps}回の探索では計画が見つかりませんでした。見学先間の移動時間のため、可能な順序がほとんどありません。時間枠の間隔を広げるか、会場（拠点）を減らしてください。</translation>
    </message>
    <message>
        <source>The travel times between the stations&apos; sites leave no valid order: teams cannot reach the next station in time. Leave more time between slots, add slots, or group the stations of one site into consecutive slots.</source>
        <translation>見学先の会場（拠点）間の移動時間のため、有効な順序がありません：チームが次の見学先に間に合いません。時間枠の間隔を広げる、時間枠を追加する、または同じ会場（拠点）の見学先を連続した枠にまとめてください。</translation>
    </message>
    <message>
        <source>Cannot read the time slot {slot}; write it as 2026-07-14T09:00/60 (local start time / length in minutes).</source>
        <translation>時間枠{slot}を読み取れません。2026-07-14T09:00/60（現地の開始時刻／分単位の長さ）の形で書いてください。</translation>
    </message>
    <message>
        <source>No time slots given.</source>
        <translation>時間枠が指定されていません。</translation>
    </message>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>No team {name} in this program (teams: {known}).</source>
        <translation>このプログラムにチーム{name}はありません（チーム：{known}）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>There is no venue named {name} in this program.</source>
        <translation>このプログラムに{name}という会場はありません。</translation>
    </message>
    <message>
        <source>There is several venues named {name} in this program.</source>
        <translation>このプログラムには{name}という会場が複数あります。</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>1 conflict</source>
        <translation>競合 1 件</translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation>競合 {0} 件</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 セッション</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0} セッション</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 件の予定</translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation>{0} 件の予定</translation>
    </message>
</context>
<context>
    <name>ScheduleTransfers</name>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} を取り込んでいます…</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き出しています…</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} unchanged.</source>
        <translation>{0}を追加、{1} 件を更新、{2} 件は変更なし。</translation>
    </message>
    <message>
        <source>The imported week has no conflicts.</source>
        <translation>取り込んだ週の日程に競合はありません。</translation>
    </message>
    <message>
        <source>… and {0} more, listed beside the week view.</source>
        <translation>… ほか {0} 件（週表示の横に一覧があります）。</translation>
    </message>
    <message>
        <source>The week now has {0}:</source>
        <translation>週の日程に{0}あります：</translation>
    </message>
    <message>
        <source>Schedule imported</source>
        <translation>日程を取り込みました</translation>
    </message>
    <message>
        <source>importing {0}</source>
        <translation>{0} の取り込み</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>日程の取り込み</translation>
    </message>
    <message>
        <source>Exported {0} to {1}.</source>
        <translation>{0}を {1} に書き出しました。</translation>
    </message>
    <message>
        <source>exporting the schedule</source>
        <translation>日程の書き出し</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>日程の書き出し</translation>
    </message>
    <message>
        <source>exporting the calendar</source>
        <translation>カレンダーの書き出し</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>iCalendar の書き出し</translation>
    </message>
</context>
<context>
    <name>ScheduleViewChoice</name>
    <message>
        <source>Type a name…</source>
        <translation>名前を入力…</translation>
    </message>
</context>
<context>
    <name>ScheduleWeek</name>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; ({time})</source>
        <translation>「{title}」（{time}）</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
</context>
<context>
    <name>SealPicker</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>{0} (kept with the program)</source>
        <translation>{0}（プログラムに保存済み）</translation>
    </message>
    <message>
        <source>Seal or logo for certificates</source>
        <translation>修了証の印章・ロゴ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>（会場なし）</translation>
    </message>
    <message>
        <source> · {0} seats</source>
        <translation> · {0} 席</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>(no lecturer)</source>
        <translation>（講師なし）</translation>
    </message>
    <message>
        <source>participant {0}</source>
        <translation>参加者 {0}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W)：</translation>
    </message>
    <message>
        <source>Times are in the program&apos;s time zone, {0}.</source>
        <translation>時刻はプログラムのタイムゾーン（{0}）です。</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Bus arrives at:</source>
        <translation>バスの到着先(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>定員(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Lecturer:</source>
        <translation>講師(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>担当(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Everyone (every participant who has not withdrawn)</source>
        <translation>全員（参加取消でない参加者すべて）(&amp;E)</translation>
    </message>
    <message>
        <source>{0} (withdrawn)</source>
        <translation>{0}（参加取消）</translation>
    </message>
    <message>
        <source>Search names…</source>
        <translation>名前で検索…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>対象(&amp;A)：</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>yyyy年M月d日(ddd)  HH:mm</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>セッションにタイトルを付けてください。</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>終了は開始より後にしてください。</translation>
    </message>
</context>
<context>
    <name>SessionKinds</name>
    <message>
        <source>Lecture</source>
        <translation>講義</translation>
    </message>
    <message>
        <source>Lab tour</source>
        <translation>研究室見学</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>食事</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>式典</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>文化体験</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>自由時間</translation>
    </message>
</context>
<context>
    <name>SetUpStationDialog</name>
    <message>
        <source>Set up this laptop as a station</source>
        <translation>このパソコンを受付端末に設定</translation>
    </message>
    <message>
        <source>Set up station</source>
        <translation>受付端末を設定</translation>
    </message>
    <message>
        <source>Choose the station package exported on the coordinator&apos;s laptop (File &gt; Export station package…) and type its passphrase. A new database is created for this laptop and opened, ready to check people in.</source>
        <translation>コーディネーターのノートパソコンで書き出した受付端末パッケージ（「ファイル」＞「受付端末パッケージの書き出し…」）を選び、パスフレーズを入力してください。このパソコン用の新しいデータベースが作成されて開き、すぐに受付を始められます。</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>パッケージはまだ選ばれていません。</translation>
    </message>
    <message>
        <source>for example Main door, Bus 2, Lab B</source>
        <translation>例：正面入口、2号車、B研究室</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>パッケージ(&amp;P)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>受付端末名(&amp;S)：</translation>
    </message>
    <message>
        <source>New &amp;database:</source>
        <translation>新しいデータベース(&amp;D)：</translation>
    </message>
    <message>
        <source>Read station package</source>
        <translation>受付端末パッケージの読み込み</translation>
    </message>
    <message>
        <source>{title} ({code}), {dates}: {count} participants; exported {written} UTC.</source>
        <translation>{title}（{code}）、{dates}：参加者 {count} 人。書き出し日時 {written}（UTC）。</translation>
    </message>
    <message>
        <source>reading the station package</source>
        <translation>受付端末パッケージの読み込み</translation>
    </message>
    <message>
        <source>Choose the station package.</source>
        <translation>受付端末パッケージを選んでください。</translation>
    </message>
    <message>
        <source>Type the passphrase the coordinator gave with the package.</source>
        <translation>パッケージと一緒にコーディネーターから伝えられたパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Name this station (for example Main door): every scan carries its name.</source>
        <translation>この受付端末に名前を付けてください（例：正面入口）。すべてのスキャンにこの名前が記録されます。</translation>
    </message>
    <message>
        <source>Choose where to create this station&apos;s database.</source>
        <translation>この受付端末のデータベースを作成する場所を選んでください。</translation>
    </message>
    <message>
        <source>Setting up this station…</source>
        <translation>受付端末を設定しています…</translation>
    </message>
    <message>
        <source>setting up the station</source>
        <translation>受付端末の設定</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system ({0})</source>
        <translation>システムと同じ（{0}）</translation>
    </message>
    <message>
        <source>The language of the menus, screens and the coordinator&apos;s sheets. Badges, notebooks and certificates stay in English for the participants. A change takes effect when Sakura Desktop starts again.</source>
        <translation>メニュー、画面、コーディネーター用の帳票の言語です。名札、ノート、修了証は参加者向けに英語のままです。変更は Sakura Desktop の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <source>Give this station a name, for example “Main entrance”.</source>
        <translation>この受付端末に名前を付けてください（例：「正面入口」）。</translation>
    </message>
    <message>
        <source>The sync folder {0} does not exist. Plug the stick in or choose another folder, or clear the field to work alone.</source>
        <translation>同期フォルダー {0} が見つかりません。USB メモリを差し込むか、別のフォルダーを選んでください。単独で使う場合は欄を空にしてください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sakura Desktop will speak {0} from its next start.</source>
        <translation>次回の起動から Sakura Desktop は{0}で表示されます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Nothing is lost: the open database is reopened.</source>
        <translation>データは失われません。開いているデータベースは再び開かれます。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>for example: Main entrance</source>
        <translation>例：正面入口</translation>
    </message>
    <message>
        <source>Names this laptop in every check-in it records, so that scans merged from several doors say where they happened.</source>
        <translation>このノートPCが記録するすべての受付にこの名前が付きます。複数の受付の記録をまとめたとき、どこでスキャンしたかがわかります。</translation>
    </message>
    <message>
        <source>none: this station works alone</source>
        <translation>なし：この受付端末は単独で動作します</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>A folder every station can reach (a USB stick, a network share, a synced folder): this station writes its scans there and merges the other stations&apos; every {0} s. Station id {1}.</source>
        <translation>すべての受付端末から使えるフォルダー（USB メモリ、共有フォルダー、同期フォルダー）です。この端末は {0} 秒ごとにスキャン記録をそこへ書き出し、他の端末の記録を取り込みます。端末 ID {1}。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>受付端末名：</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>同期フォルダー：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>バックアップ間隔：</translation>
    </message>
    <message>
        <source>While its data changes, the open database file is backed up this often, besides on opening and before imports, merges and restores (File &gt; Restore from a backup…). A database on a server is backed up by its server.</source>
        <translation>データが変わっている間、開いているデータベースファイルをこの間隔でバックアップします。ほかに、開いたとき、取り込み・統合・復元の前にもバックアップします（［ファイル］＞［バックアップから復元…］）。サーバー上のデータベースはサーバー側でバックアップします。</translation>
    </message>
</context>
<context>
    <name>ShellCommands</name>
    <message>
        <source>Database upgraded to the current version; backup at {0}</source>
        <translation>データベースを現在のバージョンに更新しました。バックアップ：{0}</translation>
    </message>
    <message>
        <source>Building a demo exchange week…</source>
        <translation>デモ用の交流プログラムを作成しています…</translation>
    </message>
    <message>
        <source>Creating {0}…</source>
        <translation>{0} を作成しています…</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} を開いています…</translation>
    </message>
    <message>
        <source>Opening database</source>
        <translation>データベースを開いています</translation>
    </message>
    <message>
        <source>Could not create the database.</source>
        <translation>データベースを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the database.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>別のファイルを開く…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新しいデータベース…</translation>
    </message>
    <message>
        <source>opening {0}</source>
        <translation>{0} を開く処理</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export station package</source>
        <translation>受付端末パッケージを書き出す</translation>
    </message>
    <message>
        <source>Open a program first.</source>
        <translation>先にプログラムを開いてください。</translation>
    </message>
    <message>
        <source>A station package carries one program to another laptop: open its database and choose the program.</source>
        <translation>受付端末パッケージは、1つのプログラムを別のノートPCに移すためのものです。そのデータベースを開いてプログラムを選んでください。</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>新しいプログラム</translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation>先にデータベースを開くか作成してください。</translation>
    </message>
    <message>
        <source>A program lives in a database file: use File &gt; Open database or File &gt; New database.</source>
        <translation>プログラムはデータベースファイルに保存されます。「ファイル &gt; データベースを開く」または「ファイル &gt; 新しいデータベース」を使ってください。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開いているデータベース</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>そのバックアップ</translation>
    </message>
    <message>
        <source>taken at start, before risky changes and while data changes</source>
        <translation>起動時、大きな変更の前、データの変更中に作成されます</translation>
    </message>
    <message>
        <source>Your databases</source>
        <translation>データベースの保存先</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>what happened, without names or other personal data</source>
        <translation>動作の記録（氏名などの個人データは含みません）</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>No sync folder is chosen.</source>
        <translation>同期フォルダーが選ばれていません。</translation>
    </message>
    <message>
        <source>Choose the folder the stations share (Sync &gt; Choose sync folder…); this station then writes its scans there and merges the others&apos;.</source>
        <translation>受付端末どうしで共有するフォルダーを選んでください（同期 &gt; 同期フォルダーを選択…）。この端末はそこにスキャンを書き出し、他の端末のスキャンを取り込みます。</translation>
    </message>
    <message>
        <source>Syncing with {0}…</source>
        <translation>{0} と同期しています…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選択</translation>
    </message>
    <message>
        <source>Sync folder: {0}</source>
        <translation>同期フォルダー：{0}</translation>
    </message>
</context>
<context>
    <name>SigninSheet</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>sheet {page} of {pages}</source>
        <translation>{pages} 枚中 {page} 枚目</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>出席簿</translation>
    </message>
</context>
<context>
    <name>StationPackage</name>
    <message>
        <source>Station packages (*{0});;All files (*)</source>
        <translation>受付端末パッケージ (*{0});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Sakura Desktop databases (*.db);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export station package</source>
        <translation>受付端末パッケージの書き出し</translation>
    </message>
    <message>
        <source>Choose a station package</source>
        <translation>受付端末パッケージを選択</translation>
    </message>
    <message>
        <source>New station database</source>
        <translation>新しい受付端末データベース</translation>
    </message>
    <message>
        <source>The passphrase has {count} characters; a station package needs at least {minimum}. Choose a longer one (a few words are easy to type and hard to guess) and give it to the door staff separately from the file.</source>
        <translation>パスフレーズは {count} 文字です。受付端末パッケージには {minimum} 文字以上が必要です。もっと長いものにして（単語をいくつか並べると入力しやすく推測されにくくなります）、ファイルとは別に受付スタッフへ渡してください。</translation>
    </message>
    <message>
        <source>Too short: at least {minimum} characters.</source>
        <translation>短すぎます：{minimum} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few more words.</source>
        <translation>弱い：推測されやすいです。単語をいくつか足してください。</translation>
    </message>
    <message>
        <source>Fair: a few more characters would make it strong.</source>
        <translation>普通：あと数文字足すと強くなります。</translation>
    </message>
    <message>
        <source>Strong: hard to guess.</source>
        <translation>強い：推測されにくいです。</translation>
    </message>
    <message>
        <source>The station package {file} is incomplete ({size} bytes): it was cut short, probably while copying. Copy it again from the coordinator&apos;s laptop.</source>
        <translation>受付端末パッケージ {file} は不完全です（{size} バイト）。おそらくコピー中に途切れました。コーディネーターのパソコンからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The station package {file} is incomplete ({size} bytes; its header announces {expected}): it was cut short, probably while copying. Copy it again from the coordinator&apos;s laptop.</source>
        <translation>受付端末パッケージ {file} は不完全です（{size} バイト。ヘッダーでは {expected} バイト）。おそらくコピー中に途切れました。コーディネーターのパソコンからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The station package {file} is damaged ({what}): it was altered or damaged in copying. Copy it again from the coordinator&apos;s laptop, or export a new one there.</source>
        <translation>受付端末パッケージ {file} が壊れています（{what}）。改ざんされたか、コピー中に壊れました。コーディネーターのパソコンからもう一度コピーするか、そこで新しく書き出してください。</translation>
    </message>
    <message>
        <source>{file} is not a Sakura Desktop station package. Choose the .sakura-station file exported on the coordinator&apos;s laptop (File &gt; Export station package…).</source>
        <translation>{file} は Sakura Desktop の受付端末パッケージではありません。コーディネーターのパソコンで書き出した .sakura-station ファイルを選んでください（ファイル &gt; 受付端末パッケージを書き出す…）。</translation>
    </message>
    <message>
        <source>The station package {file} was made by a newer Sakura Desktop (package format {version}; this laptop reads format {ours}): update this laptop to the coordinator&apos;s version of Sakura Desktop, then set up the station again.</source>
        <translation>受付端末パッケージ {file} は新しいバージョンの Sakura Desktop で作られています（パッケージ形式 {version}。このパソコンが読めるのは形式 {ours} まで）。このパソコンの Sakura Desktop をコーディネーターと同じバージョンに更新してから、受付端末をもう一度設定してください。</translation>
    </message>
    <message>
        <source>package format {version} does not exist</source>
        <translation>パッケージ形式 {version} は存在しません</translation>
    </message>
    <message>
        <source>key derivation settings n=2^{n}, r={r}, p={p}</source>
        <translation>鍵導出の設定 n=2^{n}、r={r}、p={p}</translation>
    </message>
    <message>
        <source>impossible sizes in its header</source>
        <translation>ヘッダーのサイズがありえない値です</translation>
    </message>
    <message>
        <source>{count} bytes more than its header announces</source>
        <translation>ヘッダーより {count} バイト多くなっています</translation>
    </message>
    <message>
        <source>its clear header is unreadable</source>
        <translation>暗号化されていないヘッダーが読めません</translation>
    </message>
    <message>
        <source>There is no file {path}. Check the name and the folder.</source>
        <translation>ファイル {path} がありません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>{path} is a folder; choose the station package file.</source>
        <translation>{path} はフォルダーです。受付端末パッケージのファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} を読み込めません：{reason}。</translation>
    </message>
    <message>
        <source>Type the passphrase the coordinator gave with this package.</source>
        <translation>このパッケージと一緒にコーディネーターから受け取ったパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The passphrase does not open this station package ({file}): either it is not the passphrase the package was exported with, or the file was altered or damaged in copying. Check the passphrase with the coordinator; if it is right, copy the package again.</source>
        <translation>このパスフレーズでは受付端末パッケージ（{file}）を開けません。書き出し時のパスフレーズと違うか、ファイルが改ざんされたかコピー中に壊れています。コーディネーターにパスフレーズを確認し、正しければパッケージをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>its contents do not unpack</source>
        <translation>中身を展開できません</translation>
    </message>
    <message>
        <source>{participants} participants, {delegations} delegations, {teams} teams, {sessions} sessions, {checkpoints} checkpoints, {badges} badges, {scans} scans from {stations} stations</source>
        <translation>参加者 {participants} 人、派遣団 {delegations}、チーム {teams}、セッション {sessions}、受付地点 {checkpoints}、名札 {badges} 枚、受付端末 {stations} 台からのスキャン {scans} 件</translation>
    </message>
    <message>
        <source>{path} is a folder; give the package a file name.</source>
        <translation>{path} はフォルダーです。パッケージのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Choose a folder that exists.</source>
        <translation>フォルダー {folder} がありません。存在するフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Preparing the checkpoints…</source>
        <translation>受付地点を準備しています…</translation>
    </message>
    <message>
        <source>Reading {table}…</source>
        <translation>{table} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>暗号化しています…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} を書き込んでいます…</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder or free some space.</source>
        <translation>{path} に書き込めません：{reason}。別のフォルダーを選ぶか、空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>The station package {file} was made by a newer Sakura Desktop (version {version}, database schema {schema}; this laptop knows up to schema {ours}): update this laptop to the coordinator&apos;s version of Sakura Desktop, then set up the station again.</source>
        <translation>受付端末パッケージ {file} は新しいバージョンの Sakura Desktop で作られています（バージョン {version}、データベーススキーマ {schema}。このパソコンが知っているのはスキーマ {ours} まで）。このパソコンの Sakura Desktop をコーディネーターと同じバージョンに更新してから、受付端末をもう一度設定してください。</translation>
    </message>
    <message>
        <source>it lacks {tables}</source>
        <translation>{tables} がありません</translation>
    </message>
    <message>
        <source>Name this station (for example &apos;Main door&apos;): scans carry its name.</source>
        <translation>この受付端末に名前を付けてください（例：「正面入口」）。スキャンにはこの名前が記録されます。</translation>
    </message>
    <message>
        <source>Shorten the station name to {count} characters or fewer.</source>
        <translation>受付端末の名前を {count} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the new database a file name.</source>
        <translation>{path} はフォルダーです。新しいデータベースのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} already exists and holds data; setting up a station never overwrites a database. Choose a new file name for this station&apos;s database.</source>
        <translation>{path} はすでにあり、データが入っています。受付端末の設定でデータベースを上書きすることはありません。この受付端末のデータベースに新しいファイル名を付けてください。</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>{table} をコピーしています…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} を確認しています…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>パスフレーズを確認しています…</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}. Choose a folder you can write to.</source>
        <translation>{path} を作成できません：{reason}。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>it holds no program</source>
        <translation>プログラムが入っていません</translation>
    </message>
    <message>
        <source>{database} already holds a program; load the package into an empty database (create a new one on the server) so nothing is replaced.</source>
        <translation>{database} にはすでにプログラムがあります。何も置き換わらないよう、空のデータベース（サーバーで新しく作成）にパッケージを読み込んでください。</translation>
    </message>
    <message>
        <source>its {table} are unreadable</source>
        <translation>{table} が読めません</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Unnamed station</source>
        <translation>名前のない受付端末</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>データベース：{0}</translation>
    </message>
    <message>
        <source>Station: {0}</source>
        <translation>受付端末：{0}</translation>
    </message>
    <message>
        <source>This laptop&apos;s name in the check-in journal (Edit &gt; Settings)</source>
        <translation>受付記録でのこのノートPCの名前（編集 &gt; 設定）</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey answers — {name}</source>
        <translation>アンケートの回答 — {name}</translation>
    </message>
    <message>
        <source>As written on the sheet</source>
        <translation>用紙に書かれたとおりに</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Satisfaction, 1 (very dissatisfied) to 5 (very satisfied):</source>
        <translation>満足度（1：とても不満 ～ 5：とても満足）：</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>再来日</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Alumni contact</source>
        <translation>同窓生としての連絡</translation>
    </message>
    <message>
        <source>Consent recorded {when} UTC</source>
        <translation>同意の記録日時 {when}（UTC）</translation>
    </message>
    <message>
        <source>Saving survey answers</source>
        <translation>アンケートの回答を保存しています</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>保存されませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>Row {row}: {message}</source>
        <translation>{row}行目：{message}</translation>
    </message>
    <message>
        <source>{source}: {read} row(s) read, {valid} valid, {refused} left out.</source>
        <translation>{source}：{read}行を読み込み、有効{valid}行、除外{refused}行。</translation>
    </message>
    <message>
        <source> Dry run: nothing was written.</source>
        <translation> 試行のみ：何も書き込んでいません。</translation>
    </message>
    <message>
        <source> Nothing was written: correct the rows above and import again, or accept importing the valid rows only (--accept).</source>
        <translation> 何も書き込んでいません。上の行を修正してもう一度取り込むか、有効な行だけを取り込むことを承認してください（--accept）。</translation>
    </message>
    <message>
        <source> Nothing was written.</source>
        <translation> 何も書き込んでいません。</translation>
    </message>
    <message>
        <source> Written: {added} new answer(s), {replaced} replaced, {unchanged} unchanged; consent changed for {consents}.</source>
        <translation> 書き込み：新しい回答{added}件、置き換え{replaced}件、変更なし{unchanged}件。同意の変更{consents}件。</translation>
    </message>
    <message>
        <source>{who} answered again in row {row}; the later answer is kept and this one is left out.</source>
        <translation>{who}は{row}行目でも回答しています。後の回答を残し、この行は除外します。</translation>
    </message>
    <message>
        <source>the row is blank; left out.</source>
        <translation>空の行です。除外します。</translation>
    </message>
    <message>
        <source>{who}: {problems}; left out.</source>
        <translation>{who}：{problems}。除外します。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{who}: the row holds no answers; left out.</source>
        <translation>{who}：この行には回答がありません。除外します。</translation>
    </message>
    <message>
        <source>column {header}: {problem}</source>
        <translation>列 {header}：{problem}</translation>
    </message>
    <message>
        <source>roster id {id} matches nobody in this program; left out.</source>
        <translation>名簿ID {id} はこのプログラムの誰とも一致しません。除外します。</translation>
    </message>
    <message>
        <source>roster id {id} is {who} but e-mail {email} belongs to {other}; correct one of them. Left out.</source>
        <translation>名簿ID {id} は{who}ですが、メールアドレス {email} は{other}のものです。どちらかを修正してください。除外します。</translation>
    </message>
    <message>
        <source>no roster id and no e-mail: whose answers these are cannot be told; left out.</source>
        <translation>名簿IDもメールアドレスもないため、誰の回答かわかりません。除外します。</translation>
    </message>
    <message>
        <source>e-mail {email} matches nobody in this program; left out.</source>
        <translation>メールアドレス {email} はこのプログラムの誰とも一致しません。除外します。</translation>
    </message>
    <message>
        <source>e-mail {email} belongs to {names}; add their roster ids. Left out.</source>
        <translation>メールアドレス {email} は{names}のものです。名簿IDを加えてください。除外します。</translation>
    </message>
    <message>
        <source>{who} (row {row}) was removed from the program while the file was being checked; nothing was written. Import the file again.</source>
        <translation>ファイルの確認中に{who}（{row}行目）がプログラムから削除されました。何も書き込んでいません。もう一度ファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>No participant with id {id}; reload the list.</source>
        <translation>ID {id} の参加者はいません。一覧を読み込み直してください。</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Form exports (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>フォームの書き出しファイル (*.csv *.xlsx *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（読み込まない）</translation>
    </message>
    <message>
        <source>Choose the form&apos;s export</source>
        <translation>フォームの書き出しファイルを選択</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>アンケートの回答を取り込む</translation>
    </message>
    <message>
        <source>A CSV or Excel export of Google Forms, Microsoft Forms…</source>
        <translation>Google フォームや Microsoft Forms などから書き出した CSV または Excel ファイル…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>最初の回答</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>取り込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>Leave out the rows listed above and import the valid rows</source>
        <translation>上に挙げた行を除き、有効な行を取り込む</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Columns (change what a column holds if the guess is wrong):</source>
        <translation>列（推定が違う場合は列の内容を変更してください）：</translation>
    </message>
    <message>
        <source>Rows that would be left out:</source>
        <translation>除外される行：</translation>
    </message>
    <message>
        <source>Reading the survey file</source>
        <translation>アンケートのファイルを読み込んでいます</translation>
    </message>
    <message>
        <source>Checking the answers</source>
        <translation>回答を確認しています</translation>
    </message>
    <message>
        <source>Importing the survey answers…</source>
        <translation>アンケートの回答を取り込んでいます…</translation>
    </message>
    <message>
        <source>importing the survey answers</source>
        <translation>アンケートの回答の取り込み</translation>
    </message>
</context>
<context>
    <name>SurveyMapping</name>
    <message>
        <source>The mapping gives column {header} the unknown field {value}; use one of: {known} (or null to ignore the column).</source>
        <translation>対応付けで列 {header} に不明な項目 {value} が指定されています。次のいずれかを使ってください：{known}（列を無視する場合は null）。</translation>
    </message>
    <message>
        <source>The mapping names a column {header} that this file lacks; its columns are: {headers}.</source>
        <translation>対応付けで指定された列 {header} がこのファイルにありません。このファイルの列：{headers}。</translation>
    </message>
    <message>
        <source>No column of {source} holds the roster id or the e-mail, so no answer can be matched to a participant. Map one (--mapping {example}); the headers are: {headers}.</source>
        <translation>{source} には名簿IDやメールアドレスの列がないため、回答を参加者と照合できません。どちらかの列を対応付けてください（--mapping {example}）。見出し：{headers}。</translation>
    </message>
    <message>
        <source>No column of {source} holds an answer (satisfaction, come back, comments or consent). Map at least one; the headers are: {headers}.</source>
        <translation>{source} には回答（満足度、再来日の希望、コメント、同意）の列がありません。少なくとも1つを対応付けてください。見出し：{headers}。</translation>
    </message>
</context>
<context>
    <name>SurveyValues</name>
    <message>
        <source>{value} is not a satisfaction from {low} to {high}</source>
        <translation>{value} は{low}～{high}の満足度ではありません</translation>
    </message>
    <message>
        <source>{value} is outside the satisfaction scale {low} to {high}</source>
        <translation>{value} は満足度の範囲（{low}～{high}）外です</translation>
    </message>
    <message>
        <source>{value} is not one of Yes, Maybe, No</source>
        <translation>{value} は Yes、Maybe、No のいずれでもありません</translation>
    </message>
    <message>
        <source>{value} is not Yes or No</source>
        <translation>{value} は Yes でも No でもありません</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>とても不満</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不満</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>どちらでもない</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>満足</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>とても満足</translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation>講義</translation>
    </message>
    <message>
        <source>Lab tours</source>
        <translation>研究室見学</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Cultural activities</source>
        <translation>文化体験</translation>
    </message>
    <message>
        <source>Meals and lodging</source>
        <translation>食事と宿泊</translation>
    </message>
    <message>
        <source>The week overall</source>
        <translation>プログラム全体</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Roster id</source>
        <translation>名簿のID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Come back to Japan</source>
        <translation>再来日の希望</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Consent to alumni contact</source>
        <translation>同窓生としての連絡への同意</translation>
    </message>
    <message>
        <source>Would you like to come back to Japan to study or work?</source>
        <translation>日本に戻って学んだり働いたりしたいですか？</translation>
    </message>
    <message>
        <source>Satisfaction: {0}</source>
        <translation>満足度：{0}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No program with id {id}.</source>
        <translation>ID {id} のプログラムはありません。</translation>
    </message>
    <message>
        <source>Give a sequence range that starts at 1 or later and does not end first.</source>
        <translation>1 以上から始まり、終わりが始まりより前にならない番号の範囲を指定してください。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>フォルダー {folder} がありません。作成するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Backing up the database before the merge…</source>
        <translation>同期の前にデータベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>{file} を同期しています…</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not there; plug the stick in, connect the share, or choose the folder again in Settings.</source>
        <translation>同期フォルダー {folder} が見つかりません。USB メモリーを差し込むか、共有フォルダーに接続するか、設定でフォルダーを選び直してください。</translation>
    </message>
</context>
<context>
    <name>SyncDuplicates</name>
    <message>
        <source>also admitted at {station}, {time}</source>
        <translation>{station} でも入場（{time}）</translation>
    </message>
    <message>
        <source>also checked out at {station}, {time}</source>
        <translation>{station} でも退出（{time}）</translation>
    </message>
</context>
<context>
    <name>SyncGaps</name>
    <message>
        <source>scan {number} of {station} is missing: import its journal again or the missing file</source>
        <translation>{station} のスキャン {number} がありません：記録をもう一度取り込むか、足りないファイルを取り込んでください</translation>
    </message>
    <message>
        <source>scans {first}–{last} of {station} are missing: import its journal again or the missing file</source>
        <translation>{station} のスキャン {first}–{last} がありません：記録をもう一度取り込むか、足りないファイルを取り込んでください</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>{name} を読み込めません：{reason}。</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>署名が内容と一致しません</translation>
    </message>
    <message>
        <source>{name} is incomplete (cut short while it was written or copied); nothing was merged. Copy it again from its station, or wait for the station to write it again.</source>
        <translation>{name} は不完全です（書き込み中またはコピー中に途切れました）。何も同期していません。受付端末からもう一度コピーするか、受付端末が書き直すまで待ってください。</translation>
    </message>
    <message>
        <source>{name} was altered or is corrupted ({why}); nothing was merged. Copy the journal again from its station.</source>
        <translation>{name} は改ざんされたか壊れています（{why}）。何も同期していません。受付端末から記録をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>{name} is not a Sakura Desktop journal; nothing was merged. Choose a file ending in {suffix}.</source>
        <translation>{name} は Sakura Desktop の記録ではありません。何も同期していません。{suffix} で終わるファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} is a journal of program {theirs}, not of {ours}; nothing was merged. Merge it into the database of program {theirs}.</source>
        <translation>{name} は {ours} ではなくプログラム {theirs} の記録です。何も同期していません。プログラム {theirs} のデータベースに同期してください。</translation>
    </message>
    <message>
        <source>{name} is a journal of another program, not of {ours}; nothing was merged. Merge it into the database of another program.</source>
        <translation>{name} は {ours} ではなく別のプログラムの記録です。何も同期していません。そのプログラムのデータベースに同期してください。</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>ヘッダーが壊れています</translation>
    </message>
    <message>
        <source>{name} was written by a newer Sakura Desktop (journal format {version}); update this laptop, then merge it again.</source>
        <translation>{name} は新しいバージョンの Sakura Desktop で書かれています（記録形式 {version}）。このパソコンを更新してから、もう一度同期してください。</translation>
    </message>
</context>
<context>
    <name>SyncMerge</name>
    <message>
        <source>{count} scans name people this station does not know; import a newer station package, then merge again.</source>
        <translation>{count} 件のスキャンが、この受付端末の知らない人を指しています。新しい受付端末パッケージを取り込んでから、もう一度同期してください。</translation>
    </message>
    <message>
        <source>{count} scans are at sessions this station does not know; import a newer station package, then merge again.</source>
        <translation>{count} 件のスキャンが、この受付端末の知らないセッションのものです。新しい受付端末パッケージを取り込んでから、もう一度同期してください。</translation>
    </message>
    <message>
        <source>{count} undos void scans this station has not received yet; they are merged once those scans arrive.</source>
        <translation>{count} 件の取り消しが、この受付端末にまだ届いていないスキャンを対象にしています。そのスキャンが届いた時点で同期されます。</translation>
    </message>
    <message>
        <source>{count} undos void scans another station had already undone; both undos are kept and the scan stays undone.</source>
        <translation>{count} 件の取り消しが、別の受付端末ですでに取り消されたスキャンを対象にしています。両方の取り消しを残し、スキャンは取り消されたままです。</translation>
    </message>
    <message>
        <source>{station} numbered two different scans {number}: was its database restored from an old backup? Nothing was merged from {file}; keep both files and ask for help before scanning more at that station.</source>
        <translation>{station} が異なる 2 つのスキャンに同じ番号 {number} を付けています。データベースを古いバックアップから復元しましたか？ {file} からは何も同期していません。両方のファイルを残し、その受付端末でスキャンを続ける前に相談してください。</translation>
    </message>
    <message>
        <source>{file} holds one scan twice under different numbers; nothing was merged. Copy the journal again from its station.</source>
        <translation>{file} には同じスキャンが異なる番号で 2 回含まれています。何も同期していません。受付端末から記録をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>{file} holds a scan this database already has under another number; nothing was merged. Ask for help before scanning more at that station.</source>
        <translation>{file} には、このデータベースに別の番号ですでにあるスキャンが含まれています。何も同期していません。その受付端末でスキャンを続ける前に相談してください。</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Server: {0}</source>
        <translation>サーバー：{0}</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>フォルダー：{0}</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>単独</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>{0} s ago</source>
        <translation>{0} 秒前</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>{0} 分前</translation>
    </message>
    <message>
        <source>{0} h ago</source>
        <translation>{0} 時間前</translation>
    </message>
    <message>
        <source>Mode: {0}</source>
        <translation>方式：{0}</translation>
    </message>
    <message>
        <source>merged {0}</source>
        <translation>取り込み {0}</translation>
    </message>
    <message>
        <source>{0} not exported</source>
        <translation>未書き出し {0} 件</translation>
    </message>
    <message>
        <source>stations: {0}</source>
        <translation>受付端末：{0}</translation>
    </message>
    <message>
        <source>1 other station</source>
        <translation>他の受付端末 1 台</translation>
    </message>
    <message>
        <source>{0} other stations</source>
        <translation>他の受付端末 {0} 台</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>重複 1 件</translation>
    </message>
    <message>
        <source>{0} duplicates</source>
        <translation>重複 {0} 件</translation>
    </message>
    <message>
        <source> (newest: {0} {1})</source>
        <translation>（最新：{0} {1}）</translation>
    </message>
    <message>
        <source>{0} (merged {1})</source>
        <translation>{0}（取り込み {1}）</translation>
    </message>
    <message>
        <source>{0} (last scan {1})</source>
        <translation>{0}（最後のスキャン {1}）</translation>
    </message>
    <message>
        <source>Stations seen:</source>
        <translation>確認された受付端末：</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation>（このノートPC）</translation>
    </message>
    <message>
        <source>last scan {0}</source>
        <translation>最後のスキャン {0}</translation>
    </message>
    <message>
        <source>no scans</source>
        <translation>スキャンなし</translation>
    </message>
    <message>
        <source>, merged {0}</source>
        <translation>、取り込み {0}</translation>
    </message>
    <message>
        <source>1 scan</source>
        <translation>スキャン 1 件</translation>
    </message>
    <message>
        <source>{0} scans</source>
        <translation>スキャン {0} 件</translation>
    </message>
    <message>
        <source>  {name}{mine}: {scans}, {last}{merged}</source>
        <translation>  {name}{mine}：{scans}、{last}{merged}</translation>
    </message>
    <message>
        <source>Duplicates (kept, counted once):</source>
        <translation>重複（保存済み、1回として数えます）：</translation>
    </message>
    <message>
        <source>  {person} at {checkpoint}: {label} (counted at {station}, {time})</source>
        <translation>  {person}（{checkpoint}）：{label}（{station} で {time} に集計）</translation>
    </message>
    <message>
        <source>  … and {0} earlier</source>
        <translation>  … ほかに以前の {0} 件</translation>
    </message>
</context>
<context>
    <name>TableHeader</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>受付端末</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>派遣団</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後の確認</translation>
    </message>
    <message>
        <source>Teacher / contact</source>
        <translation>引率教員・連絡先</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>最後の受付地点</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>教員</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Unaccounted for</source>
        <translation>未確認の経過時間</translation>
    </message>
</context>
<context>
    <name>TaskFooter</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>中止しました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>TeamDialogs</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} を編集</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新しいチーム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Auto-form mixed teams</source>
        <translation>混成チームの自動編成</translation>
    </message>
    <message>
        <source>The same seed forms the same teams again; change it for others.</source>
        <translation>同じシード値なら同じチームが編成されます。別の編成にするには値を変えてください。</translation>
    </message>
    <message>
        <source>Include the {0} teacher</source>
        <translation>教員 {0} 人を含める</translation>
    </message>
    <message>
        <source>Include the {0} teachers</source>
        <translation>教員 {0} 人を含める</translation>
    </message>
    <message>
        <source>Spread the {0} active student over N teams named Team 1 … Team N, mixing delegations, genders and roles as evenly as the numbers allow.</source>
        <translation>有効な学生 {0} 人を Team 1 … Team N という名前の N チームに分けます。派遣団・性別・区分は人数の許す限り均等に混ぜます。</translation>
    </message>
    <message>
        <source>Spread the {0} active students over N teams named Team 1 … Team N, mixing delegations, genders and roles as evenly as the numbers allow.</source>
        <translation>有効な学生 {0} 人を Team 1 … Team N という名前の N チームに分けます。派遣団・性別・区分は人数の許す限り均等に混ぜます。</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード値</translation>
    </message>
    <message>
        <source>Form teams…</source>
        <translation>チームを編成…</translation>
    </message>
    <message>
        <source>Rename or colour…</source>
        <translation>名前・色の変更…</translation>
    </message>
    <message>
        <source>Auto-form N mixed teams…</source>
        <translation>N 個の混成チームを自動編成…</translation>
    </message>
    <message>
        <source>To put people into a team, select them in the participants table and use Assign to team. Deleting a team leaves its members without a team.</source>
        <translation>参加者をチームに入れるには、参加者一覧で選択して「チームに割り当て」を使います。チームを削除すると、そのメンバーはチームなしになります。</translation>
    </message>
    <message>
        <source>saving the team</source>
        <translation>チームの保存</translation>
    </message>
    <message>
        <source>Saving the team</source>
        <translation>チームを保存しています</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>チームの削除</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>{0} を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Its {0} member stay on the list without a team. This cannot be undone.</source>
        <translation>メンバー {0} 人はチームなしで一覧に残ります。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Its {0} members stay on the list without a team. This cannot be undone.</source>
        <translation>メンバー {0} 人はチームなしで一覧に残ります。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>deleting the team</source>
        <translation>チームの削除</translation>
    </message>
    <message>
        <source>Deleting the team</source>
        <translation>チームを削除しています</translation>
    </message>
    <message>
        <source>students and teachers</source>
        <translation>学生と教員</translation>
    </message>
    <message>
        <source>students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>{0} person ({1}, withdrawn left out) will be dealt into Team 1 … Team {2}; teams that do not exist yet are created.</source>
        <translation>{0} 人（{1}、参加取消を除く）を Team 1 … Team {2} に振り分けます。まだないチームは作成されます。</translation>
    </message>
    <message>
        <source>{0} people ({1}, withdrawn left out) will be dealt into Team 1 … Team {2}; teams that do not exist yet are created.</source>
        <translation>{0} 人（{1}、参加取消を除く）を Team 1 … Team {2} に振り分けます。まだないチームは作成されます。</translation>
    </message>
    <message>
        <source>{0} person already in a team will move: their current team assignments are replaced.</source>
        <translation>すでにチームに所属している {0} 人は移動し、現在のチームの割り当ては置き換えられます。</translation>
    </message>
    <message>
        <source>{0} people already in a team will move: their current team assignments are replaced.</source>
        <translation>すでにチームに所属している {0} 人は移動し、現在のチームの割り当ては置き換えられます。</translation>
    </message>
    <message>
        <source>Form {0} mixed teams?</source>
        <translation>{0} 個の混成チームを編成しますか？</translation>
    </message>
    <message>
        <source>Form {0} teams</source>
        <translation>{0} チームを編成</translation>
    </message>
    <message>
        <source>Forming {0} teams…</source>
        <translation>{0} チームを編成しています…</translation>
    </message>
    <message>
        <source>forming the teams</source>
        <translation>チームの編成</translation>
    </message>
    <message>
        <source>Teams formed</source>
        <translation>チームを編成しました</translation>
    </message>
    <message>
        <source>{0} person dealt into {teams} of {size} (seed {seed}).</source>
        <translation>{0} 人を{teams}（各 {size} 人）に振り分けました（シード値 {seed}）。</translation>
    </message>
    <message>
        <source>{0} people dealt into {teams} of {size} (seed {seed}).</source>
        <translation>{0} 人を{teams}（各 {size} 人）に振り分けました（シード値 {seed}）。</translation>
    </message>
    <message>
        <source>{0} team</source>
        <translation>{0} チーム</translation>
    </message>
    <message>
        <source>{0} teams</source>
        <translation>{0} チーム</translation>
    </message>
    <message>
        <source>loading the teams</source>
        <translation>チームの読み込み</translation>
    </message>
    <message>
        <source>Loading teams</source>
        <translation>チームを読み込んでいます</translation>
    </message>
</context>
<context>
    <name>UnaccountedModel</name>
    <message>
        <source>Call {0}</source>
        <translation>{0} に連絡</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>受け入れ側</translation>
    </message>
    <message>
        <source>never scanned</source>
        <translation>スキャン記録なし</translation>
    </message>
</context>
<context>
    <name>VenueKinds</name>
    <message>
        <source>Hall</source>
        <translation>ホール</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>研究室</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>食堂</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <translation>バス停</translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation>屋外</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Day {0}</source>
        <translation>{0} 日目</translation>
    </message>
    <message>
        <source>outside the program</source>
        <translation>プログラム期間外</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>週表示</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>対象：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>{0} へようこそ</translation>
    </message>
    <message>
        <source>Run a science exchange week from this laptop, with or without a network: the delegations and their people, the schedule, check-in at every door with QR badges, and the printed badges, notebooks and sheets in every script.</source>
        <translation>科学技術交流の1週間を、このノートPC1台で運営できます。ネットワークがなくても大丈夫です。派遣団と参加者、日程、QR名札による各会場での受付、そしてどの文字にも対応した名札・実験ノート・帳票の印刷。</translation>
    </message>
    <message>
        <source>Try the demo week</source>
        <translation>デモの1週間を試す</translation>
    </message>
    <message>
        <source>A five-day exchange with eight delegations, about a hundred people, a full schedule and survey answers, to look around safely. Nothing you do there touches your own data.</source>
        <translation>8つの派遣団、約100人の参加者、日程とアンケート回答を含む5日間の交流プログラムです。安心して操作を試せます。ご自身のデータには一切影響しません。</translation>
    </message>
    <message>
        <source>Create your program</source>
        <translation>プログラムを作成する</translation>
    </message>
    <message>
        <source>Start your own week: its title, the host institution, the dates, the time zone and the sites. Delegations and the schedule come next.</source>
        <translation>ご自身の交流週を始めます。名称、受け入れ機関、日程、タイムゾーン、会場を入力し、続いて派遣団と日程を登録します。</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>データベースを開く…</translation>
    </message>
    <message>
        <source>Continue with a database file you or a colleague already made (a .db file), for example one copied from the coordinator&apos;s laptop.</source>
        <translation>ご自身や同僚が作成したデータベースファイル（.db ファイル）で作業を続けます。コーディネーターのノートPCからコピーしたファイルなどです。</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>名簿を取り込む…</translation>
    </message>
    <message>
        <source>Bring in the participants from a delegation&apos;s Excel or CSV file. A program is created first if there is none.</source>
        <translation>派遣団の Excel または CSV ファイルから参加者を取り込みます。プログラムがまだない場合は、先に作成します。</translation>
    </message>
    <message>
        <source>Read the quick-start guide for the week</source>
        <translation>受け入れ週のクイックスタートを読む</translation>
    </message>
    <message>
        <source>Before the week, the first morning, every door</source>
        <translation>事前準備、初日の朝、各受付</translation>
    </message>
</context>
<context>
    <name>WhereIsEveryoneDialog</name>
    <message>
        <source>Where is everyone</source>
        <translation>全員の所在</translation>
    </message>
    <message>
        <source>Filter by name (any script), delegation, team or checkpoint…</source>
        <translation>氏名（どの文字でも）、派遣団、チーム、受付地点で絞り込み…</translation>
    </message>
    <message>
        <source>{0} of {1} people shown · {2} never seen at any checkpoint</source>
        <translation>{1} 人中 {0} 人を表示 · どの受付地点でも記録のない人 {2} 人</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Building the demo week…</source>
        <translation>デモ用の1週間を作成しています…</translation>
    </message>
    <message>
        <source>{0} already exists. Choose another name for the new database, or open the existing one with File &gt; Open database.</source>
        <translation>{0} はすでにあります。新しいデータベースには別の名前を付けるか、既存のものを「ファイル &gt; データベースを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} を開いています…</translation>
    </message>
    <message>
        <source>Open or create a database first (File &gt; New database).</source>
        <translation>先にデータベースを開くか作成してください（ファイル &gt; 新しいデータベース）。</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
</TS>
